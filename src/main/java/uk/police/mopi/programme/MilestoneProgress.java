package uk.police.mopi.programme;

import java.time.LocalDate;

/**
 * How a milestone is going, derived from its status, its dates and today: a planned
 * milestone whose forecast has passed is overdue; one forecast after its baseline is at
 * risk. Dates alone cannot say whether the force will reach full compliance: that Home
 * Office milestone, while planned and not overdue, is {@link #FROM_FIGURES}, and its
 * status is derived from the plan and the forecast (the dashboard's outlook), never "on
 * track" by its dates.
 */
public enum MilestoneProgress {

	ACHIEVED, MISSED, OVERDUE, AT_RISK, ON_TRACK, FROM_FIGURES;

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

	/** The progress of a milestone whose status the figures decide (full compliance). */
	static MilestoneProgress ofFigures(MilestoneStatus status, LocalDate baseline, LocalDate forecast,
			LocalDate today) {
		MilestoneProgress byDates = of(status, baseline, forecast, today);
		return (byDates == ON_TRACK || byDates == AT_RISK) ? FROM_FIGURES : byDates;
	}

	/** Whether the milestone is still to come and not overdue. */
	public boolean coming() {
		return this == ON_TRACK || this == AT_RISK || this == FROM_FIGURES;
	}

}
