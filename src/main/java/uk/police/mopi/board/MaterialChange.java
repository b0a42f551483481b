package uk.police.mopi.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.police.mopi.board.DecisionView.Revisit;
import uk.police.mopi.finance.YearTotals;
import uk.police.mopi.programme.MilestoneStatus;
import uk.police.mopi.programme.MilestoneView;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.programme.Rag;

/**
 * When a decision should be revisited: a material change since the pack it was made on.
 * Pure comparisons of the pack's frozen figures with the figures now, read once for the
 * whole register. A decision with no pack has nothing to compare with and is never
 * marked.
 * <ul>
 * <li>a project it funds now has a milestone not yet achieved forecast after the
 * full-compliance deadline, and had none in the pack;</li>
 * <li>a project it funds is RED now, and was not in the pack;</li>
 * <li>it approved money, and its year's forecast now exceeds the year's approved money,
 * which it did not in the pack.</li>
 * </ul>
 */
final class MaterialChange {

	private final Map<String, ProjectView> projectsNow;

	private final Map<String, YearTotals> yearsNow;

	private final LocalDate deadline;

	MaterialChange(Map<String, ProjectView> projectsNow, Map<String, YearTotals> yearsNow, LocalDate deadline) {
		this.projectsNow = projectsNow;
		this.yearsNow = yearsNow;
		this.deadline = deadline;
	}

	/** The reasons to revisit a decision made on a pack (none without a pack). */
	List<Revisit> reasons(DecisionView decision, PackFigures pack) {
		List<Revisit> reasons = new ArrayList<>();
		if (pack == null) {
			return reasons;
		}
		for (String code : decision.projects()) {
			ProjectView now = this.projectsNow.get(code);
			if (now == null) {
				continue;
			}
			if (afterDeadlineNow(now) && !afterDeadlineIn(pack, code)) {
				reasons.add(new Revisit(Revisit.MILESTONE_AFTER_DEADLINE, code));
			}
			if (now.rag() == Rag.RED && !redIn(pack, code)) {
				reasons.add(new Revisit(Revisit.PROJECT_RED, code));
			}
		}
		YearTotals year = this.yearsNow.get(decision.financialYear());
		if ("APPROVED".equals(decision.decision()) && year != null && year.forecastOverApproved()
				&& !forecastOverApprovedIn(pack, decision.financialYear())) {
			reasons.add(new Revisit(Revisit.FORECAST_OVER_APPROVED, decision.financialYear()));
		}
		return reasons;
	}

	private boolean afterDeadlineNow(ProjectView project) {
		return project.milestones()
			.stream()
			.filter((m) -> m.status() != MilestoneStatus.ACHIEVED)
			.map(MilestoneView::forecastDate)
			.anyMatch((date) -> date != null && date.isAfter(this.deadline));
	}

	private boolean afterDeadlineIn(PackFigures pack, String code) {
		return nullSafe(pack.milestones()).stream()
			.filter((m) -> code.equals(m.projectCode()) && !MilestoneStatus.ACHIEVED.name().equals(m.status()))
			.anyMatch((m) -> m.forecastDate() != null && m.forecastDate().isAfter(this.deadline));
	}

	private static boolean redIn(PackFigures pack, String code) {
		return nullSafe(pack.projects()).stream()
			.anyMatch((p) -> code.equals(p.code()) && Rag.RED.name().equals(p.rag()));
	}

	private static boolean forecastOverApprovedIn(PackFigures pack, String year) {
		return nullSafe(pack.budget()).stream()
			.anyMatch((y) -> year.equals(y.financialYear()) && y.forecast().compareTo(y.approved()) > 0);
	}

	private static <T> List<T> nullSafe(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
