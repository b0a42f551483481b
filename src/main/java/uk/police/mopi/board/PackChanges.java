package uk.police.mopi.board;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.police.mopi.assessment.ComplianceLevel;

/**
 * What changed between the previous published pack's frozen figures and new ones:
 * assessments raised and lowered (a requirement that did not apply counts as
 * NOT_APPLICABLE, below every level), milestones achieved since, forecasts moved later,
 * and each financial year whose approved, allocated or forecast money moved.
 */
final class PackChanges {

	static final String NOT_APPLICABLE = "NOT_APPLICABLE";

	private PackChanges() {
	}

	/** The figures with their changes since {@code previous} (none when it is null). */
	static PackFigures with(PackFigures f, Long previousId, PackFigures previous) {
		PackFigures.Changes changes = (previous == null)
				? new PackFigures.Changes(null, null, List.of(), List.of(), List.of(), List.of(), List.of())
				: diff(f, previousId, previous);
		return new PackFigures(f.schema(), f.asAt(), f.today(), f.fairMilestone(), f.fullCompliance(),
				f.daysToDeadline(), f.headline(), f.priorityAreas(), f.byArea(), f.bySection(), f.trajectory(),
				f.outlook(), f.homeOffice(), f.overdue(), f.coming(), f.milestones(), f.projects(), f.budget(),
				f.decisions(), f.budgetLines(), f.matrix(), changes);
	}

	private static PackFigures.Changes diff(PackFigures now, Long previousId, PackFigures before) {
		List<PackFigures.CellChange> raised = new ArrayList<>();
		List<PackFigures.CellChange> lowered = new ArrayList<>();
		Map<String, String> levels = new HashMap<>();
		before.matrix().forEach((c) -> levels.put(c.requirement() + "/" + c.area(), level(c)));
		for (PackFigures.Cell cell : now.matrix()) {
			String was = levels.getOrDefault(cell.requirement() + "/" + cell.area(), NOT_APPLICABLE);
			String is = level(cell);
			int order = Integer.compare(rank(is), rank(was));
			if (order != 0) {
				(order > 0 ? raised : lowered)
					.add(new PackFigures.CellChange(cell.requirement(), cell.area(), was, is));
			}
		}
		Map<String, PackFigures.MilestoneRow> milestones = new HashMap<>();
		before.milestones().forEach((m) -> milestones.put(m.code(), m));
		List<PackFigures.MilestoneRow> achieved = new ArrayList<>();
		List<PackFigures.Slip> slipped = new ArrayList<>();
		for (PackFigures.MilestoneRow m : now.milestones()) {
			PackFigures.MilestoneRow was = milestones.get(m.code());
			if ("ACHIEVED".equals(m.status()) && (was == null || !"ACHIEVED".equals(was.status()))) {
				achieved.add(m);
			}
			if (was != null && m.forecastDate().isAfter(was.forecastDate())) {
				slipped.add(new PackFigures.Slip(m.code(), m.title(), was.forecastDate(), m.forecastDate()));
			}
		}
		return new PackFigures.Changes(previousId, before.asAt(), raised, lowered, achieved, slipped,
				money(now.budget(), before.budget()));
	}

	private static List<PackFigures.MoneyMove> money(List<PackFigures.BudgetYear> now,
			List<PackFigures.BudgetYear> before) {
		Map<String, PackFigures.BudgetYear> was = new HashMap<>();
		before.forEach((y) -> was.put(y.financialYear(), y));
		List<PackFigures.MoneyMove> moves = new ArrayList<>();
		for (PackFigures.BudgetYear y : now) {
			PackFigures.BudgetYear b = was.get(y.financialYear());
			BigDecimal approved = (b != null) ? b.approved() : BigDecimal.ZERO;
			BigDecimal allocated = (b != null) ? b.allocated() : BigDecimal.ZERO;
			BigDecimal forecast = (b != null) ? b.forecast() : BigDecimal.ZERO;
			if (differ(approved, y.approved()) || differ(allocated, y.allocated()) || differ(forecast, y.forecast())) {
				moves.add(new PackFigures.MoneyMove(y.financialYear(), approved, y.approved(), allocated, y.allocated(),
						forecast, y.forecast()));
			}
		}
		return moves;
	}

	private static boolean differ(BigDecimal a, BigDecimal b) {
		return !Objects.equals(a, b) && (a == null || b == null || a.compareTo(b) != 0);
	}

	private static String level(PackFigures.Cell cell) {
		return cell.applicable() ? cell.level() : NOT_APPLICABLE;
	}

	/** NOT_APPLICABLE below every level, then the levels in order. */
	private static int rank(String level) {
		return NOT_APPLICABLE.equals(level) ? -1 : ComplianceLevel.valueOf(level).ordinal();
	}

}
