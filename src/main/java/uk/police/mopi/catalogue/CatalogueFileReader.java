package uk.police.mopi.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks a whole catalogue file: its encoding, its columns and every row. It
 * collects every problem rather than stopping at the first, so that a person can mend the
 * file in one go.
 */
class CatalogueFileReader {

	static final List<String> REQUIRED_COLUMNS = List.of("code", "section", "title", "description", "fair", "good",
			"excellent");

	static final String SCOPE_COLUMN = "scope";

	static final int MAX_ROWS = 2_000;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(true)
		.setAllowMissingColumnNames(true)
		.get();

	private final Set<String> knownSections;

	CatalogueFileReader(Set<String> knownSections) {
		this.knownSections = knownSections;
	}

	record Parsed(List<RequirementRow> rows, List<ImportProblem> problems) {

		static Parsed failed(ImportProblem problem) {
			return new Parsed(List.of(), List.of(problem));
		}

	}

	Parsed read(byte[] content) {
		String text;
		try {
			text = decodeUtf8(content);
		}
		catch (CharacterCodingException ex) {
			return Parsed.failed(
					ImportProblem.ofFile("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again."));
		}
		if (text.isBlank()) {
			return Parsed.failed(ImportProblem.ofFile("The file is empty."));
		}
		List<RequirementRow> rows = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			Map<String, String> columns = columnsByName(parser.getHeaderNames());
			List<String> missing = REQUIRED_COLUMNS.stream().filter((name) -> !columns.containsKey(name)).toList();
			if (!missing.isEmpty()) {
				return Parsed
					.failed(new ImportProblem(1, "", "The header row lacks the column(s) " + String.join(", ", missing)
							+ ". It needs: " + String.join(", ", REQUIRED_COLUMNS) + " (and optionally scope)."));
			}
			readRows(parser, new CatalogueRowReader(columns, this.knownSections), rows, problems);
		}
		catch (IOException | RuntimeException ex) {
			problems.add(ImportProblem.ofFile("The file is not valid CSV: " + ex.getMessage()));
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(ImportProblem.ofFile("The file has a header but no requirements."));
		}
		return new Parsed(rows, problems);
	}

	/** Reads every row, up to {@link #MAX_ROWS}, each code once. */
	private static void readRows(CSVParser parser, CatalogueRowReader reader, List<RequirementRow> rows,
			List<ImportProblem> problems) {
		Map<String, Long> firstLineOfCode = new HashMap<>();
		for (CSVRecord record : parser) {
			long line = record.getRecordNumber() + 1;
			if (rows.size() + problems.size() >= MAX_ROWS) {
				problems.add(ImportProblem.ofFile("The file has more than " + MAX_ROWS + " rows."));
				break;
			}
			RequirementRow row = reader.read(record, line, problems);
			if (row == null) {
				continue;
			}
			Long earlier = firstLineOfCode.putIfAbsent(row.code(), line);
			if (earlier != null) {
				problems.add(new ImportProblem(line, "code",
						"Code " + row.code() + " is used again: it is already on line " + earlier + "."));
				continue;
			}
			rows.add(row);
		}
	}

	private static Map<String, String> columnsByName(List<String> headerNames) {
		Map<String, String> columns = new HashMap<>();
		for (String header : headerNames) {
			if (header != null) {
				columns.putIfAbsent(header.trim().toLowerCase(Locale.ROOT), header);
			}
		}
		return columns;
	}

	private static String decodeUtf8(byte[] content) throws CharacterCodingException {
		String text = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(content))
			.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
