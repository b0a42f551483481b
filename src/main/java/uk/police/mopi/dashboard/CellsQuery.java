package uk.police.mopi.dashboard;

import java.time.LocalDate;

import uk.police.mopi.assessment.ComplianceLevel;

/**
 * Which assessments behind a dashboard figure: applicable ones at a date, optionally of
 * one area or section, at one level or at least one level, past their target, or not
 * reviewed for some months.
 *
 * @param asAt the date (today when null or later)
 * @param area business area code (FORCE for the force-wide ones), or null for all
 * @param section section code, or null for all
 * @param level only this level, or null
 * @param atLeast only this level or better, or null
 * @param pastTarget only those below target after their target date
 * @param notReviewedMonths only those not changed or reviewed for this many months; 0 for
 * all
 */
public record CellsQuery(LocalDate asAt, String area, String section, ComplianceLevel level, ComplianceLevel atLeast,
		boolean pastTarget, int notReviewedMonths) {

}
