package uk.police.mopi.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one place that knows what day it is for the force and when the programme's key
 * dates fall. "Today" and the end of a day are in the force's time zone
 * ({@code mopi.time-zone}); with demo data "today" follows {@code mopi.demo-clock.today}.
 * The key dates are the Home Office milestones' due dates, read once from
 * {@link KeyDateSource} (reference data that changes only with a migration).
 */
public class ProgrammeCalendar {

	private final Clock clock;

	private final KeyDateSource source;

	private volatile Map<KeyDate, LocalDate> keyDates;

	public ProgrammeCalendar(Clock clock, KeyDateSource source) {
		this.clock = clock;
		this.source = source;
	}

	/** The clock behind "today", for code that stamps the moment of a change. */
	public Clock clock() {
		return this.clock;
	}

	public ZoneId zone() {
		return this.clock.getZone();
	}

	/** Today in the force's time zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** This moment. */
	public Instant now() {
		return this.clock.instant();
	}

	/**
	 * The first moment after the end of {@code date} in the force's time zone: a state
	 * "as at the end of" the date is everything recorded before this moment.
	 */
	public Instant endOf(LocalDate date) {
		return date.plusDays(1).atStartOfDay(zone()).toInstant();
	}

	/** The date of a key date's Home Office milestone. */
	public LocalDate date(KeyDate keyDate) {
		Map<KeyDate, LocalDate> dates = this.keyDates;
		if (dates == null) {
			dates = new EnumMap<>(this.source.keyDates());
			for (KeyDate each : KeyDate.values()) {
				if (!dates.containsKey(each)) {
					throw new IllegalStateException("The Home Office milestone " + each.milestoneCode()
							+ " is missing: the programme's key dates cannot be known");
				}
			}
			this.keyDates = dates;
		}
		return dates.get(keyDate);
	}

	/** The 2006 Capability Assessment: the baseline. */
	public LocalDate capabilityAssessment() {
		return date(KeyDate.CAPABILITY_ASSESSMENT);
	}

	/** Fair compliance in the priority areas (31 March 2007). */
	public LocalDate fairInPriorityAreas() {
		return date(KeyDate.FAIR_IN_PRIORITY_AREAS);
	}

	/** The fully funded Action Plan (December 2007). */
	public LocalDate fundedActionPlan() {
		return date(KeyDate.FUNDED_ACTION_PLAN);
	}

	/** Full compliance (31 December 2010): the deadline. */
	public LocalDate fullCompliance() {
		return date(KeyDate.FULL_COMPLIANCE);
	}

	/** The first day of the financial year (April to March) of the baseline. */
	public LocalDate programmeStart() {
		return financialYearStart(capabilityAssessment());
	}

	/** The last day of the financial year (April to March) of the deadline. */
	public LocalDate programmeEnd() {
		return financialYearStart(fullCompliance()).plusYears(1).minusDays(1);
	}

	/** The first day (1 April) of the financial year that holds {@code date}. */
	public static LocalDate financialYearStart(LocalDate date) {
		int year = (date.getMonthValue() >= Month.APRIL.getValue()) ? date.getYear() : date.getYear() - 1;
		return LocalDate.of(year, Month.APRIL, 1);
	}

}
