package uk.police.mopi.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks one row of a catalogue file: its code, section, texts, criteria and
 * scope. Every problem of the row is collected, in the order of its columns.
 */
class CatalogueRowReader {

	private static final Pattern CODE = Pattern.compile("^[A-Z]{2,6}-[0-9]{2,3}$");

	private static final List<String> TEXTS = List.of("title", "description", "fair", "good", "excellent");

	private static final Map<String, Integer> MAX_LENGTH = Map.of("title", 200, "description", 1000, "fair", 1000,
			"good", 1000, "excellent", 1000);

	private final Map<String, String> columns;

	private final Set<String> knownSections;

	/**
	 * @param columns the file's column headers by their lower-case names
	 * @param knownSections the catalogue's section codes
	 */
	CatalogueRowReader(Map<String, String> columns, Set<String> knownSections) {
		this.columns = columns;
		this.knownSections = knownSections;
	}

	/** The row, or null when it has any problem (added to {@code problems}). */
	RequirementRow read(CSVRecord record, long line, List<ImportProblem> problems) {
		int before = problems.size();
		String code = value(record, "code").toUpperCase(Locale.ROOT);
		checkCode(code, line, problems);
		String section = value(record, "section").toUpperCase(Locale.ROOT);
		checkSection(section, line, problems);
		Map<String, String> texts = texts(record, line, problems);
		checkCriteriaDiffer(texts, line, problems);
		AssessedPer assessedPer = scope(value(record, CatalogueFileReader.SCOPE_COLUMN).toUpperCase(Locale.ROOT), line,
				problems);
		if (problems.size() > before) {
			return null;
		}
		return new RequirementRow(line, code, section, texts.get("title"), texts.get("description"), texts.get("fair"),
				texts.get("good"), texts.get("excellent"), assessedPer);
	}

	private static void checkCode(String code, long line, List<ImportProblem> problems) {
		if (code.isEmpty()) {
			problems.add(new ImportProblem(line, "code", "The code is missing."));
		}
		else if (!CODE.matcher(code).matches()) {
			problems.add(new ImportProblem(line, "code", "Code \"" + abbreviate(code)
					+ "\" is not of the form AAA-00 (2 to 6 letters, a dash, 2 or 3 digits)."));
		}
	}

	private void checkSection(String section, long line, List<ImportProblem> problems) {
		if (section.isEmpty()) {
			problems.add(new ImportProblem(line, "section", "The section is missing."));
		}
		else if (!this.knownSections.contains(section)) {
			problems.add(new ImportProblem(line, "section",
					"Section \"" + abbreviate(section) + "\" is not known. Known sections: "
							+ String.join(", ", this.knownSections.stream().sorted().toList()) + "."));
		}
	}

	/** The title, description and criteria: each present, on one line, not too long. */
	private Map<String, String> texts(CSVRecord record, long line, List<ImportProblem> problems) {
		Map<String, String> texts = new HashMap<>();
		for (String name : TEXTS) {
			String text = value(record, name);
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
		return texts;
	}

	private static void checkCriteriaDiffer(Map<String, String> texts, long line, List<ImportProblem> problems) {
		String fair = texts.get("fair");
		String good = texts.get("good");
		String excellent = texts.get("excellent");
		if (!fair.isEmpty() && (fair.equals(good) || fair.equals(excellent))
				|| !good.isEmpty() && good.equals(excellent)) {
			problems.add(new ImportProblem(line, "fair",
					"The Fair, Good and Excellent criteria must each say something different."));
		}
	}

	private static AssessedPer scope(String scope, long line, List<ImportProblem> problems) {
		if (scope.isEmpty()) {
			return AssessedPer.AREA;
		}
		try {
			return AssessedPer.valueOf(scope);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new ImportProblem(line, CatalogueFileReader.SCOPE_COLUMN,
					"Scope \"" + abbreviate(scope) + "\" must be AREA or FORCE (or left empty for AREA)."));
			return AssessedPer.AREA;
		}
	}

	private String value(CSVRecord record, String name) {
		String header = this.columns.get(name);
		if (header == null || !record.isMapped(header) || !record.isSet(header)) {
			return "";
		}
		String value = record.get(header);
		return (value != null) ? value.strip() : "";
	}

	private static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...";
	}

}
