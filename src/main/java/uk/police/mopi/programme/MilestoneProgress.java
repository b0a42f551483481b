package uk.police.mopi.programme;

import java.time.LocalDate;

/**
 * How a milestone is going, derived from its status, its dates and today: a planned
 * milestone whose forecast has passed is overdue; one forecast after its baseline is at
 * risk.
 */
public enum MilestoneProgress {

	ACHIEVED, MISSED, OVERDUE, AT_RISK, ON_TRACK;

	static MilestoneProgress of(MilestoneStatus status, LocalDate baseline, LocalDate forecast, LocalDate today) {
		if (status == MilestoneStatus.ACHIEVED) {
			return ACHIEVED;
		}
		if (status == MilestoneStatus.MISSED) {
			return MISSED;
		}
		if (forecast.isBefore(today)) {
			return OVERDUE;
		}
		return forecast.isAfter(baseline) ? AT_RISK : ON_TRACK;
	}

}
