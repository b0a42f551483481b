package uk.police.mopi.programme;

/**
 * Where a milestone stands. "At risk" and "overdue" are derived from the clock and the
 * forecast.
 */
public enum MilestoneStatus {

	PLANNED, ACHIEVED, MISSED

}
