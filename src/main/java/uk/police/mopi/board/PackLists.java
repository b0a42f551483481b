package uk.police.mopi.board;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import uk.police.mopi.assessment.ComplianceLevel;

/**
 * The frozen lists behind a pack's figures, filtered as the pack's links ask: the
 * assessments behind a count, the milestones behind a milestone figure, the projects
 * behind a RAG or confidence, the budget lines behind a year. Filters that are not
 * understood are ignored (the whole list), as on the dashboard's drill-downs.
 */
public final class PackLists {

	/** The cumulative and exact level filters a count links with. */
	static final Set<String> LEVEL_FILTERS = Set.of("applicable", "notApplicable", "atLeastFair", "atLeastGood",
			"excellent", "NOT_ASSESSED", "NOT_MET", "FAIR", "GOOD", "EXCELLENT");

	/** The milestone lists a pack links to. */
	static final Set<String> MILESTONE_LISTS = Set.of("all", "homeOffice", "overdue", "coming", "achieved");

	private PackLists() {
	}

	/**
	 * Assessments of a pack's frozen matrix.
	 *
	 * @param pack the pack
	 * @param area the area filter applied (FORCE for force-wide), or null
	 * @param section the section filter applied, or null
	 * @param level the level filter applied (applicable when none was understood)
	 * @param cells the rows
	 */
	public record Cells(PackView pack, String area, String section, String level, List<PackFigures.Cell> cells) {
	}

	/**
	 * Milestones of a pack.
	 *
	 * @param pack the pack
	 * @param list which list: all, homeOffice, overdue, coming or achieved
	 * @param milestones the rows
	 */
	public record Milestones(PackView pack, String list, List<PackFigures.MilestoneRow> milestones) {
	}

	/**
	 * Projects of a pack.
	 *
	 * @param pack the pack
	 * @param rag the RAG filter applied, or null
	 * @param confidence the confidence filter applied, or null
	 * @param projects the rows
	 */
	public record Projects(PackView pack, String rag, String confidence, List<PackFigures.ProjectRow> projects) {
	}

	/**
	 * Budget lines and decisions of a pack.
	 *
	 * @param pack the pack
	 * @param year the year filter applied, or null
	 * @param lines the lines
	 * @param decisions the decisions
	 */
	public record Budget(PackView pack, String year, List<PackFigures.BudgetLineRow> lines,
			List<PackFigures.DecisionRow> decisions) {
	}

	static Cells cells(PackView pack, PackFigures figures, String area, String section, String level) {
		String a = code(area);
		String s = code(section);
		String l = (level != null && LEVEL_FILTERS.contains(level)) ? level : "applicable";
		return new Cells(pack, a, s, l,
				figures.matrix()
					.stream()
					.filter((c) -> a == null || a.equals(c.area()))
					.filter((c) -> s == null || s.equals(c.section()))
					.filter(level(l))
					.toList());
	}

	private static Predicate<PackFigures.Cell> level(String filter) {
		return switch (filter) {
			case "notApplicable" -> (c) -> !c.applicable();
			case "applicable" -> PackFigures.Cell::applicable;
			case "atLeastFair" -> (c) -> c.applicable() && rank(c) >= rank("FAIR");
			case "atLeastGood" -> (c) -> c.applicable() && rank(c) >= rank("GOOD");
			case "excellent" -> (c) -> c.applicable() && "EXCELLENT".equals(c.level());
			default -> (c) -> c.applicable() && filter.equals(c.level());
		};
	}

	private static int rank(PackFigures.Cell cell) {
		return rank(cell.level());
	}

	private static int rank(String level) {
		return ComplianceLevel.valueOf(level).ordinal();
	}

	static Milestones milestones(PackView pack, PackFigures figures, String list) {
		String l = (list != null && MILESTONE_LISTS.contains(list)) ? list : "all";
		List<PackFigures.MilestoneRow> rows = switch (l) {
			case "homeOffice" -> figures.homeOffice();
			case "overdue" -> figures.overdue();
			case "coming" -> figures.coming();
			case "achieved" -> figures.changes().achieved();
			default -> figures.milestones();
		};
		return new Milestones(pack, l, rows);
	}

	static Projects projects(PackView pack, PackFigures figures, String rag, String confidence) {
		String r = code(rag);
		String c = (confidence != null && confidence.matches("^[A-Z_]{1,12}$")) ? confidence : null;
		return new Projects(pack, r, c,
				figures.projects()
					.stream()
					.filter((p) -> r == null || r.equals(p.rag()))
					.filter((p) -> c == null || c.equals(p.confidence()))
					.toList());
	}

	static Budget budget(PackView pack, PackFigures figures, String year) {
		String y = (year != null && year.matches("^\\d{4}/\\d{2}$")) ? year : null;
		return new Budget(pack, y,
				figures.budgetLines().stream().filter((l) -> y == null || y.equals(l.financialYear())).toList(),
				figures.decisions().stream().filter((d) -> y == null || y.equals(d.financialYear())).toList());
	}

	private static String code(String code) {
		return (code != null && code.matches("^[A-Za-z]{2,6}$")) ? code.toUpperCase(Locale.ROOT) : null;
	}

}
