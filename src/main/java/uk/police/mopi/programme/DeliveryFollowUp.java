package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * What achieved milestones have not yet delivered: every traced assessment whose
 * milestone is recorded as achieved while the assessment is still below the level the
 * trace planned. Within the grace period ({@code mopi.delivery.grace-days}, 30 by
 * default) it awaits its owner's proposal ("delivered by P20-M1: propose Good with
 * evidence"); after it the trace is "not delivered". Two queries, whatever the size: the
 * achieved traces and the assessments' levels.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryFollowUp {

	private final JdbcClient jdbc;

	private final AssessmentQueries assessments;

	private final ProgrammeCalendar calendar;

	private final int graceDays;

	DeliveryFollowUp(JdbcClient jdbc, AssessmentQueries assessments, ProgrammeCalendar calendar,
			@Value("${mopi.delivery.grace-days:30}") int graceDays) {
		this.jdbc = jdbc;
		this.assessments = assessments;
		this.calendar = calendar;
		this.graceDays = graceDays;
	}

	/**
	 * A traced assessment an achieved milestone has not raised yet.
	 *
	 * @param milestoneCode the milestone, e.g. P20-M1
	 * @param projectCode its project
	 * @param achievedOn the milestone's actual date
	 * @param key the assessment
	 * @param plannedLevel the level the trace planned
	 * @param level the assessment's level now
	 * @param notDelivered achieved longer ago than the grace period
	 */
	public record Undelivered(String milestoneCode, String projectCode, LocalDate achievedOn, CellKey key,
			ComplianceLevel plannedLevel, ComplianceLevel level, boolean notDelivered) {

		/** Still within the grace period: the owner is asked to propose the level. */
		public boolean awaitingProposal() {
			return !this.notDelivered;
		}

	}

	/** The number of days after the achieved date before a trace is not delivered. */
	public int graceDays() {
		return this.graceDays;
	}

	/**
	 * Milestones achieved on or after this date are within the grace period; those
	 * achieved before it and still below plan are not delivered.
	 */
	public LocalDate graceStart() {
		return this.calendar.today().minusDays(this.graceDays);
	}

	/**
	 * Every applicable traced assessment of the areas given (all, with the force-wide
	 * ones, when null) still below the level its achieved milestone planned, most
	 * recently achieved first.
	 */
	public List<Undelivered> undelivered(Set<String> areaCodes) {
		return undelivered(areaCodes, this.assessments.applicableLevels());
	}

	/**
	 * As {@link #undelivered(Set)}, with the applicable assessments' levels already read
	 * (so a page that has them sends one statement, not two).
	 */
	public List<Undelivered> undelivered(Set<String> areaCodes, Map<CellKey, ComplianceLevel> levels) {
		LocalDate graceStart = graceStart();
		List<Undelivered> found = new ArrayList<>();
		this.jdbc.sql("""
				select m.code, p.code, m.actual_date, d.requirement_code, d.area_code, d.target_level
				from milestone_delivery d
				join milestone m on m.id = d.milestone_id
				left join project p on p.id = m.project_id
				where m.status = 'ACHIEVED' and m.removed_at is null
				""").query((rs) -> {
			String area = rs.getString(5);
			if (areaCodes != null && (area == null || !areaCodes.contains(area))) {
				return;
			}
			CellKey key = new CellKey(rs.getString(4), area);
			ComplianceLevel level = levels.get(key);
			ComplianceLevel planned = ComplianceLevel.valueOf(rs.getString(6));
			if (level != null && level.isBelow(planned)) {
				LocalDate achieved = rs.getObject(3, LocalDate.class);
				found.add(new Undelivered(rs.getString(1), rs.getString(2), achieved, key, planned, level,
						achieved.isBefore(graceStart)));
			}
		});
		found.sort(Comparator.comparing(Undelivered::achievedOn)
			.reversed()
			.thenComparing(Undelivered::milestoneCode)
			.thenComparing((u) -> u.key().toString()));
		return found;
	}

	/** The traces not delivered of one project, for its page. */
	public Set<String> notDeliveredOf(String projectCode) {
		Set<String> keys = new java.util.HashSet<>();
		for (Undelivered u : undelivered(null)) {
			if (u.notDelivered() && projectCode.equals(u.projectCode())) {
				keys.add(traceKey(u.milestoneCode(), u.key()));
			}
		}
		return keys;
	}

	/** How a page names one trace: milestone code, requirement and area. */
	public static String traceKey(String milestoneCode, CellKey key) {
		return milestoneCode + "|" + key.requirementCode() + "|" + key.area();
	}

}
