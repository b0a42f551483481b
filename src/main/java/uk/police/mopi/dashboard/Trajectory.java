package uk.police.mopi.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * Compliance over time: the actual share of applicable assessments at Fair or better and
 * at Good or better at each month end from the baseline, the target line to full
 * compliance, and when Good everywhere would be reached at the recent rate.
 *
 * @param actual month-end points up to the date shown
 * @param targetStart where the target line starts (the baseline)
 * @param targetEnd where it ends: 100% Good by 31 December 2010
 * @param forecastGoodEverywhere the date 100% Good would be reached at the last six
 * months' rate, or null when the rate is not rising
 */
public record Trajectory(List<Point> actual, Point targetStart, Point targetEnd, LocalDate forecastGoodEverywhere) {

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

}
