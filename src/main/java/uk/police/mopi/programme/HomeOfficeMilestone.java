package uk.police.mopi.programme;

import java.time.LocalDate;

/**
 * A Home Office milestone as the programme team last recorded it.
 *
 * @param code e.g. {@code HO-2010-FULL}
 * @param title short title
 * @param baselineDate the key date the Home Office set (never changes)
 * @param forecastDate the date now expected
 * @param actualDate the date achieved, or null
 * @param status planned, achieved or missed
 * @param outcome what came of it, in words, or null
 * @param version optimistic-lock version
 */
public record HomeOfficeMilestone(String code, String title, LocalDate baselineDate, LocalDate forecastDate,
		LocalDate actualDate, MilestoneStatus status, String outcome, long version) {
}
