package uk.police.mopi.board.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.police.mopi.board.PackFigures;
import uk.police.mopi.board.PackFigures.BudgetLineRow;
import uk.police.mopi.board.PackFigures.BudgetYear;
import uk.police.mopi.board.PackFigures.Cell;
import uk.police.mopi.board.PackFigures.Counts;
import uk.police.mopi.board.PackFigures.CountsRow;
import uk.police.mopi.board.PackFigures.DecisionRow;
import uk.police.mopi.board.PackFigures.MilestoneRow;
import uk.police.mopi.board.PackFigures.ProjectRow;

/** Frozen pack figures for the formats' tests and benchmark, made here, not read. */
final class PackFiguresFixture {

	static final LocalDate AS_AT = LocalDate.of(2008, 9, 30);

	static final String HOSTILE = "=HYPERLINK(\"http://attacker.example/\",\"Click\")";

	private PackFiguresFixture() {
	}

	/**
	 * Two areas and two force-wide requirements, counts written out by hand: Custody 4
	 * applicable (Not met, Fair, Good, Excellent), Missing Persons 4 (Not assessed, Fair,
	 * Fair, Good), force-wide 2 (Good, Not met); two years of money.
	 */
	static PackFigures small() {
		List<Cell> matrix = List.of(cell("RRD-01", "CUS", "FAIR"), cell("RRD-02", "CUS", "GOOD"),
				cell("RRD-03", "CUS", "NOT_MET"), cell("RRD-04", "CUS", "EXCELLENT"),
				new Cell("RRD-05", HOSTILE, "RRD", "CUS", false, "NOT_APPLICABLE"),
				cell("RRD-01", "MIS", "NOT_ASSESSED"), cell("RRD-02", "MIS", "FAIR"), cell("RRD-03", "MIS", "FAIR"),
				new Cell("RRD-04", "Title RRD-04", "RRD", "MIS", false, "NOT_APPLICABLE"),
				cell("RRD-05", "MIS", "GOOD"), cell("GOV-01", "FORCE", "GOOD"), cell("GOV-02", "FORCE", "NOT_MET"));
		List<CountsRow> byArea = List.of(new CountsRow("CUS", "Custody", new Counts(4, 0, 1, 1, 1, 1, 3, 2)),
				new CountsRow("MIS", "Missing Persons", new Counts(4, 1, 0, 2, 1, 0, 3, 1)),
				new CountsRow("FORCE", "Force-wide", new Counts(2, 0, 1, 0, 1, 0, 1, 1)));
		List<DecisionRow> decisions = List.of(decision(1, "2007/08", "100000", "APPROVED"),
				decision(2, "2007/08", "50000", "REJECTED"), decision(3, "2008/09", "250000.50", "APPROVED"),
				decision(4, "2008/09", "1000", "DEFERRED"));
		List<BudgetLineRow> lines = List.of(line(1, "2007/08", "60000", "55000", "50000"),
				line(2, "2007/08", "30000", "32000", "0"), line(3, "2008/09", "200000", "210000.25", "12000"));
		List<BudgetYear> budget = List.of(year("2007/08", "100000", "90000", "87000", "50000"),
				year("2008/09", "250000.50", "200000", "210000.25", "12000"));
		return figures(new Counts(10, 1, 2, 3, 3, 1, 7, 4), byArea, matrix, milestones(3), projects(2), decisions,
				lines, budget);
	}

	/**
	 * A force-sized pack: {@code requirements} x {@code areas} assessments (levels spread
	 * evenly), 40 projects, the given milestones and budget lines over four years.
	 */
	static PackFigures forceScale(int requirements, int areas, int milestoneCount, int lineCount) {
		String[] levels = { "NOT_ASSESSED", "NOT_MET", "FAIR", "GOOD", "EXCELLENT", "NOT_APPLICABLE" };
		List<Cell> matrix = new ArrayList<>();
		Map<String, int[]> perArea = new LinkedHashMap<>();
		for (int a = 0; a < areas; a++) {
			String area = "A" + a;
			for (int r = 0; r < requirements; r++) {
				String level = levels[(r * 7 + a) % levels.length];
				matrix.add(new Cell("REQ-" + r, "Requirement number " + r + " of the code of practice", "S" + (r % 9),
						area, !level.equals("NOT_APPLICABLE"), level));
				int[] tally = perArea.computeIfAbsent(area, (k) -> new int[6]);
				tally[List.of(levels).indexOf(level)]++;
			}
		}
		List<CountsRow> byArea = new ArrayList<>();
		int[] total = new int[6];
		perArea.forEach((area, tally) -> {
			byArea.add(new CountsRow(area, "Area " + area, counts(tally)));
			for (int i = 0; i < 6; i++) {
				total[i] += tally[i];
			}
		});
		String[] years = { "2006/07", "2007/08", "2008/09", "2009/10" };
		List<DecisionRow> decisions = new ArrayList<>();
		List<BudgetLineRow> lines = new ArrayList<>();
		for (int i = 0; i < lineCount; i++) {
			lines.add(line(i, years[i % 4], "10000", "9500.50", "4000"));
		}
		List<BudgetYear> budget = new ArrayList<>();
		for (int y = 0; y < 4; y++) {
			decisions.add(decision(y, years[y], "5000000", "APPROVED"));
			String yearName = years[y];
			int count = (int) lines.stream().filter((l) -> l.financialYear().equals(yearName)).count();
			budget.add(year(years[y], "5000000", String.valueOf(count * 10000), count * 9500.5 + "",
					String.valueOf(count * 4000)));
		}
		return figures(counts(total), byArea, matrix, milestones(milestoneCount), projects(40), decisions, lines,
				budget);
	}

	private static Counts counts(int[] t) {
		return new Counts(t[0] + t[1] + t[2] + t[3] + t[4], t[0], t[1], t[2], t[3], t[4], t[2] + t[3] + t[4],
				t[3] + t[4]);
	}

	private static PackFigures figures(Counts headline, List<CountsRow> byArea, List<Cell> matrix,
			List<MilestoneRow> milestones, List<ProjectRow> projects, List<DecisionRow> decisions,
			List<BudgetLineRow> lines, List<BudgetYear> budget) {
		PackFigures.TrajectoryFigures trajectory = new PackFigures.TrajectoryFigures(
				List.of(new PackFigures.Point(LocalDate.of(2008, 8, 31), headline.applicableCells(), 60.0, 30.0)),
				List.of(), null, null, null, null, 0, 0, 0);
		return new PackFigures(PackFigures.SCHEMA, AS_AT, AS_AT, LocalDate.of(2007, 3, 31), LocalDate.of(2010, 12, 31),
				822, headline, List.of(), byArea, List.of(), trajectory,
				new PackFigures.Outlook("AMBER", 90.0, null, "AMBER"), List.of(), List.of(), List.of(), milestones,
				projects, budget, decisions, lines, matrix,
				new PackFigures.Changes(null, null, List.of(), List.of(), List.of(), List.of(), List.of()));
	}

	private static Cell cell(String requirement, String area, String level) {
		return new Cell(requirement, "Title " + requirement, requirement.substring(0, 3), area, true, level);
	}

	private static List<MilestoneRow> milestones(int count) {
		List<MilestoneRow> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new MilestoneRow("M-" + i, "Milestone " + i, (i % 5 == 0) ? "HOME_OFFICE" : "PROJECT",
					"P-" + (i % 40), AS_AT.minusDays(i), AS_AT.plusDays(i), (i % 3 == 0) ? AS_AT.minusDays(1) : null,
					(i % 3 == 0) ? "ACHIEVED" : "PLANNED", (i % 3 == 0) ? "ACHIEVED" : "ON_TRACK"));
		}
		return rows;
	}

	private static List<ProjectRow> projects(int count) {
		List<ProjectRow> rows = new ArrayList<>();
		String[] rags = { "RED", "AMBER", "GREEN" };
		for (int i = 0; i < count; i++) {
			rows.add(new ProjectRow("P-" + i, "Project " + i, "TECHNOLOGY", "Sponsor " + i, rags[i % 3],
					(i == 0) ? null : "AMBER_GREEN"));
		}
		return rows;
	}

	private static DecisionRow decision(long id, String year, String amount, String decision) {
		return new DecisionRow(id, LocalDate.of(2007, 1, 15), (id == 1) ? "+cmd business case" : "Business case " + id,
				year, new BigDecimal(amount), decision, BigDecimal.ZERO);
	}

	private static BudgetLineRow line(long id, String year, String allocated, String forecast, String actual) {
		return new BudgetLineRow(id, "P-" + (id % 40), year, (id % 2 == 0) ? "INTERNAL" : "EXTERNAL",
				new BigDecimal(allocated), new BigDecimal(allocated), new BigDecimal(forecast), new BigDecimal(actual),
				null);
	}

	private static BudgetYear year(String year, String approved, String allocated, String forecast, String actual) {
		BigDecimal a = new BigDecimal(approved);
		BigDecimal l = new BigDecimal(allocated);
		return new BudgetYear(year, a, l, l.subtract(a).max(BigDecimal.ZERO), a.subtract(l).max(BigDecimal.ZERO),
				new BigDecimal(forecast), new BigDecimal(actual), BigDecimal.ZERO, null,
				List.of("unallocated", "forecast-over-approved"));
	}

}
