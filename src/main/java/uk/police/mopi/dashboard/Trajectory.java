package uk.police.mopi.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * Compliance over time: the actual share of applicable assessments at Fair or better and
 * at Good or better at each month end from the baseline, the plan from today, the target
 * line to full compliance, and when each threshold would be reached at the recent rate.
 *
 * @param actual month-end points up to the date shown, which is the last point
 * @param planned from today to full compliance, the shares if every open milestone raises
 * its traced assessments on its forecast date; empty unless the date shown is today
 * @param deliveriesAfterDeadline traced assessments whose milestone is forecast after
 * full compliance, so outside the planned line
 * @param targetStart where the target line starts (the baseline)
 * @param targetEnd where it ends: 100% Good by full compliance
 * @param forecastFairEverywhere the date 100% Fair would be reached at the last six
 * months' rate, or null when the rate is not rising
 * @param forecastGoodEverywhere the same for 100% Good
 * @param notDelivered traced assessments of milestones achieved before the grace period
 * and still below plan: not in the planned line (0 unless the plan is shown)
 * @param awaitingProposal traced assessments of milestones achieved within the grace
 * period and still below plan: in the planned line at the next month end
 */
public record Trajectory(List<Point> actual, List<Point> planned, int deliveriesAfterDeadline, Point targetStart,
		Point targetEnd, LocalDate forecastFairEverywhere, LocalDate forecastGoodEverywhere, int notDelivered,
		int awaitingProposal) {

	/**
	 * Shares at one date.
	 *
	 * @param date the date
	 * @param applicable applicable assessments then
	 * @param atLeastFair percentage at Fair or better
	 * @param atLeastGood percentage at Good or better
	 */
	public record Point(LocalDate date, int applicable, double atLeastFair, double atLeastGood) {
	}

	/** The planned point at full compliance, or null when there is no plan shown. */
	public Point plannedAtDeadline() {
		return this.planned.isEmpty() ? null : this.planned.get(this.planned.size() - 1);
	}

}
