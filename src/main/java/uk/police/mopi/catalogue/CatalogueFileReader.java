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
import java.util.regex.Pattern;

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

	private static final Pattern CODE = Pattern.compile("^[A-Z]{2,6}-[0-9]{2,3}$");

	private static final Map<String, Integer> MAX_LENGTH = Map.of("title", 200, "description", 1000, "fair", 1000,
			"good", 1000, "excellent", 1000);

	private final Set<String> knownSections;

	CatalogueFileReader(Set<String> knownSections) {
		this.knownSections = knownSections;
	}

	record Parsed(List<RequirementRow> rows, List<ImportProblem> problems) {
	}

	Parsed read(byte[] content) {
		List<ImportProblem> problems = new ArrayList<>();
		String text;
		try {
			text = decodeUtf8(content);
		}
		catch (CharacterCodingException ex) {
			problems
				.add(ImportProblem.ofFile("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again."));
			return new Parsed(List.of(), problems);
		}
		if (text.isBlank()) {
			problems.add(ImportProblem.ofFile("The file is empty."));
			return new Parsed(List.of(), problems);
		}
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.setAllowMissingColumnNames(true)
			.get();
		List<RequirementRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Map<String, String> columns = columnsByName(parser.getHeaderNames());
			List<String> missing = REQUIRED_COLUMNS.stream().filter((name) -> !columns.containsKey(name)).toList();
			if (!missing.isEmpty()) {
				problems.add(new ImportProblem(1, "", "The header row lacks the column(s) " + String.join(", ", missing)
						+ ". It needs: " + String.join(", ", REQUIRED_COLUMNS) + " (and optionally scope)."));
				return new Parsed(List.of(), problems);
			}
			Map<String, Long> firstLineOfCode = new HashMap<>();
			for (CSVRecord record : parser) {
				long line = record.getRecordNumber() + 1;
				if (rows.size() + problems.size() >= MAX_ROWS) {
					problems.add(ImportProblem.ofFile("The file has more than " + MAX_ROWS + " rows."));
					break;
				}
				RequirementRow row = readRow(record, line, columns, problems);
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
		catch (IOException | RuntimeException ex) {
			problems.add(ImportProblem.ofFile("The file is not valid CSV: " + ex.getMessage()));
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(ImportProblem.ofFile("The file has a header but no requirements."));
		}
		return new Parsed(rows, problems);
	}

	private RequirementRow readRow(CSVRecord record, long line, Map<String, String> columns,
			List<ImportProblem> problems) {
		int before = problems.size();
		String code = value(record, columns, "code").toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			problems.add(new ImportProblem(line, "code", "The code is missing."));
		}
		else if (!CODE.matcher(code).matches()) {
			problems.add(new ImportProblem(line, "code", "Code \"" + abbreviate(code)
					+ "\" is not of the form AAA-00 (2 to 6 letters, a dash, 2 or 3 digits)."));
		}
		String section = value(record, columns, "section").toUpperCase(Locale.ROOT);
		if (section.isEmpty()) {
			problems.add(new ImportProblem(line, "section", "The section is missing."));
		}
		else if (!this.knownSections.contains(section)) {
			problems.add(new ImportProblem(line, "section",
					"Section \"" + abbreviate(section) + "\" is not known. Known sections: "
							+ String.join(", ", this.knownSections.stream().sorted().toList()) + "."));
		}
		Map<String, String> texts = new HashMap<>();
		for (String name : List.of("title", "description", "fair", "good", "excellent")) {
			String text = value(record, columns, name);
			if (text.isEmpty()) {
				problems.add(new ImportProblem(line, name, "The " + name + " is missing."));
			}
			else if (text.chars().anyMatch((c) -> c < 0x20 && c != '\t')) {
				problems.add(new ImportProblem(line, name,
						"The " + name + " holds a control character or line break; keep each field on one line."));
			}
			else if (text.length() > MAX_LENGTH.get(name)) {
				problems.add(new ImportProblem(line, name, "The " + name + " is " + text.length()
						+ " characters long; at most " + MAX_LENGTH.get(name) + " are allowed."));
			}
			texts.put(name, text);
		}
		String fair = texts.get("fair");
		String good = texts.get("good");
		String excellent = texts.get("excellent");
		if (!fair.isEmpty() && (fair.equals(good) || fair.equals(excellent))
				|| !good.isEmpty() && good.equals(excellent)) {
			problems.add(new ImportProblem(line, "fair",
					"The Fair, Good and Excellent criteria must each say something different."));
		}
		AssessedPer assessedPer = AssessedPer.AREA;
		String scope = value(record, columns, SCOPE_COLUMN).toUpperCase(Locale.ROOT);
		if (!scope.isEmpty()) {
			try {
				assessedPer = AssessedPer.valueOf(scope);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new ImportProblem(line, SCOPE_COLUMN,
						"Scope \"" + abbreviate(scope) + "\" must be AREA or FORCE (or left empty for AREA)."));
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new RequirementRow(line, code, section, texts.get("title"), texts.get("description"), fair, good,
				excellent, assessedPer);
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

	private static String value(CSVRecord record, Map<String, String> columns, String name) {
		String header = columns.get(name);
		if (header == null || !record.isMapped(header) || !record.isSet(header)) {
			return "";
		}
		String value = record.get(header);
		return (value != null) ? value.strip() : "";
	}

	private static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...";
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
