package uk.police.mopi.programme;

import java.time.LocalDate;

/**
 * A milestone as it stands (or stood, as at a date).
 *
 * @param code stable code, e.g. {@code HO-2010-FULL} or {@code P07-M2}
 * @param title short title
 * @param description what it delivers
 * @param kind Home Office or project
 * @param projectCode the project's code, or null for a Home Office milestone
 * @param baselineDate the date first planned
 * @param forecastDate the date now expected
 * @param actualDate the date achieved, or null
 * @param status planned, achieved or missed
 * @param baseline true for the 2006 Capability Assessment, the programme's baseline
 * @param progress on track, at risk or overdue (derived from the clock and the forecast)
 * @param version optimistic-lock version
 */
public record MilestoneView(String code, String title, String description, MilestoneKind kind, String projectCode,
		LocalDate baselineDate, LocalDate forecastDate, LocalDate actualDate, MilestoneStatus status, boolean baseline,
		MilestoneProgress progress, long version) {

	/** Days the forecast is later than the baseline (0 when not later). */
	public long slipDays() {
		return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(this.baselineDate, this.forecastDate));
	}

}
