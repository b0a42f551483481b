package uk.police.mopi.programme.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.programme.TraceRequest;
import uk.police.mopi.shared.InvalidInputException;

/**
 * The bulk-trace form: which assessments (by section and areas, or ticked), to which
 * milestone and level, and on applying whether all that match or the ticked ones.
 */
class TraceForm {

	/** How many rows the preview lists (the count always covers them all). */
	static final int ROWS_SHOWN = 200;

	private static final Pattern CODE = Pattern.compile("^[A-Z]{2,6}$");

	private static final Pattern CELL = Pattern.compile("^[A-Z]{2,6}-[0-9]{2,3}/[A-Z]{2,6}$");

	private String milestone;

	private String section;

	private List<String> area = new ArrayList<>();

	private boolean unplanned;

	private String level;

	private List<String> cell = new ArrayList<>();

	private String selection;

	/**
	 * The request as the service takes it: the ticked rows, unless all that match were
	 * asked for. Refuses a level or an assessment that cannot be one.
	 */
	TraceRequest request() {
		ComplianceLevel chosen = level(this.level);
		List<CellKey> cells = cells(this.cell, "cell");
		if ("ticked".equals(this.selection) && cells.isEmpty()) {
			throw InvalidInputException.of("cell", "trace.error.noneTicked");
		}
		return new TraceRequest(code(this.milestone), sectionCode(), areaCodes(), this.unplanned, chosen,
				"all".equals(this.selection) ? List.of() : cells);
	}

	/** A level to trace to: null (each one's target) or a level's name. */
	static ComplianceLevel level(String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		try {
			return ComplianceLevel.valueOf(level.strip());
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("level", "plan.error.level");
		}
	}

	/** Assessments written "RRD-07/CUS"; refused on {@code field} when one is not. */
	static List<CellKey> cells(List<String> values, String field) {
		List<CellKey> cells = new ArrayList<>();
		for (String value : (values != null) ? values : List.<String>of()) {
			String text = (value != null) ? value.strip().toUpperCase(Locale.ROOT) : "";
			if (!CELL.matcher(text).matches()) {
				throw InvalidInputException.of(field, "trace.error.cell");
			}
			String[] parts = text.split("/");
			cells.add(CellKey.of(parts[0], parts[1]));
		}
		return cells;
	}

	/** The cells as the preview links and ticks them ("RRD-07/CUS"). */
	boolean ticked() {
		return !this.cell.isEmpty();
	}

	private String sectionCode() {
		String code = code(this.section);
		return (code != null && CODE.matcher(code).matches()) ? code : null;
	}

	private Set<String> areaCodes() {
		Set<String> codes = new LinkedHashSet<>();
		for (String value : this.area) {
			String code = code(value);
			if (code != null && CODE.matcher(code).matches()) {
				codes.add(code);
			}
		}
		return codes;
	}

	private static String code(String value) {
		return (value != null && !value.isBlank()) ? value.strip().toUpperCase(Locale.ROOT) : null;
	}

	public String getMilestone() {
		return this.milestone;
	}

	public void setMilestone(String milestone) {
		this.milestone = milestone;
	}

	public String getSection() {
		return this.section;
	}

	public void setSection(String section) {
		this.section = section;
	}

	public List<String> getArea() {
		return this.area;
	}

	public void setArea(List<String> area) {
		this.area = (area != null) ? area : new ArrayList<>();
	}

	public boolean isUnplanned() {
		return this.unplanned;
	}

	public void setUnplanned(boolean unplanned) {
		this.unplanned = unplanned;
	}

	public String getLevel() {
		return this.level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public List<String> getCell() {
		return this.cell;
	}

	public void setCell(List<String> cell) {
		this.cell = (cell != null) ? cell : new ArrayList<>();
	}

	public String getSelection() {
		return this.selection;
	}

	public void setSelection(String selection) {
		this.selection = selection;
	}

}
