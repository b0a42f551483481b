package uk.police.mopi.programme;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.user.PortalUser;

/**
 * Delivery confidence of each project and of the programme: derived by
 * {@link ConfidenceRule} unless the programme team has overridden it with a reason. The
 * programme's overrides are kept, append-only, in {@code programme_confidence}; a
 * project's in its row and its history.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryConfidence {

	static final int REASON_MAX = 2000;

	private final JdbcClient jdbc;

	private final ProgrammeService programme;

	private final DeliveryFollowUp followUp;

	private final ProgrammeCalendar calendar;

	private final ProgrammePolicy policy;

	private final ApplicationEventPublisher events;

	DeliveryConfidence(JdbcClient jdbc, ProgrammeService programme, DeliveryFollowUp followUp,
			ProgrammeCalendar calendar, ProgrammePolicy policy, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.programme = programme;
		this.followUp = followUp;
		this.calendar = calendar;
		this.policy = policy;
	}

	/**
	 * A delivery confidence as shown.
	 *
	 * @param confidence the one in force: the override when there is one
	 * @param derived what the rule says
	 * @param reason the override's reason, or null
	 * @param setBy who set the override (programme only), or null
	 * @param setAt when (programme only), or null
	 */
	public record ConfidenceView(Confidence confidence, Confidence derived, String reason, String setBy,
			Instant setAt) {

		public boolean overridden() {
			return this.reason != null;
		}

	}

	/**
	 * A change of the programme's confidence.
	 *
	 * @param confidence the override set, or null when it was removed
	 * @param reason why
	 * @param setBy who
	 * @param setAt when
	 */
	public record ProgrammeSetting(Confidence confidence, String reason, String setBy, Instant setAt) {
	}

	/** Every project's confidence, by project code. */
	public Map<String, ConfidenceView> projects() {
		return projects(this.programme.projects());
	}

	/** The confidence of these projects, by code: three queries whatever their number. */
	public Map<String, ConfidenceView> projects(List<ProjectView> projects) {
		Set<String> notDelivered = new HashSet<>();
		notDelivered().forEach((u) -> notDelivered.add(u.projectCode()));
		Map<String, ConfidenceView> result = new HashMap<>();
		Map<String, Row> rows = new HashMap<>();
		this.jdbc
			.sql("""
					select p.code, p.confidence_override, p.confidence_override_reason,
					       exists (select 1 from milestone_delivery d join milestone m on m.id = d.milestone_id
					               where m.project_id = p.id and m.status = 'PLANNED' and m.removed_at is null and m.forecast_date > :deadline) as late
					from project p
					""")
			.param("deadline", this.calendar.fullCompliance())
			.query((rs) -> {
				rows.put(rs.getString(1), new Row(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
			});
		for (ProjectView project : projects) {
			Row row = rows.get(project.code());
			if (row == null) {
				continue;
			}
			Confidence derived = ConfidenceRule.project(project.rag(), notDelivered.contains(project.code()),
					row.late());
			Confidence shown = (row.override() != null) ? Confidence.valueOf(row.override()) : derived;
			result.put(project.code(), new ConfidenceView(shown, derived, row.reason(), null, null));
		}
		return result;
	}

	private record Row(String override, String reason, boolean late) {
	}

	/** Every trace an achieved milestone did not deliver within the grace period. */
	private Stream<DeliveryFollowUp.Undelivered> notDelivered() {
		return this.followUp.undelivered(null).stream().filter(DeliveryFollowUp.Undelivered::notDelivered);
	}

	/**
	 * The programme's confidence, from the derived status of full compliance, every
	 * project's RAG and the traces not delivered.
	 */
	public ConfidenceView programme(Rag fullCompliance) {
		long notDelivered = notDelivered().count();
		Map<Rag, Long> rag = new HashMap<>();
		this.programme.projects().forEach((p) -> rag.merge(p.rag(), 1L, Long::sum));
		return programme(fullCompliance, notDelivered, rag);
	}

	/**
	 * As {@link #programme(Rag)}, with the count of traces not delivered and the projects
	 * by RAG already known: one query.
	 */
	public ConfidenceView programme(Rag fullCompliance, long notDelivered, Map<Rag, Long> projectsByRag) {
		long projects = projectsByRag.values().stream().mapToLong(Long::longValue).sum();
		Confidence derived = ConfidenceRule.programme(fullCompliance, notDelivered,
				projectsByRag.getOrDefault(Rag.RED, 0L), projects);
		return history(1).stream()
			.findFirst()
			.filter((s) -> s.confidence() != null)
			.map((s) -> new ConfidenceView(s.confidence(), derived, s.reason(), s.setBy(), s.setAt()))
			.orElse(new ConfidenceView(derived, derived, null, null, null));
	}

	/** The programme's overrides, latest first. */
	public List<ProgrammeSetting> history(int limit) {
		return this.jdbc.sql("""
				select confidence, reason, set_by, set_at from programme_confidence
				order by set_at desc, id desc limit :limit
				""")
			.param("limit", limit)
			.query((rs, row) -> new ProgrammeSetting(
					(rs.getString(1) != null) ? Confidence.valueOf(rs.getString(1)) : null, rs.getString(2),
					rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
	}

	/**
	 * Sets (or, with confidence null, removes) the programme's override, with a reason.
	 * Programme team only.
	 */
	@Transactional
	public void setProgramme(Confidence confidence, String reason, PortalUser actor) {
		if (!this.policy.canPlan(actor)) {
			throw new AccessDeniedException("Only the programme team may set the programme's confidence");
		}
		if (PlanRules.blankOrLonger(reason, REASON_MAX)) {
			throw InvalidInputException.of("reason", "confidence.error.programmeReason", REASON_MAX);
		}
		this.jdbc.sql("""
				insert into programme_confidence (confidence, reason, set_at, set_by)
				values (:confidence, :reason, :at, :by)
				""")
			.param("confidence", (confidence != null) ? confidence.name() : null)
			.param("reason", reason.strip())
			.param("at", Timestamp.from(this.calendar.now()))
			.param("by", actor.getUsername())
			.update();
		this.events.publishEvent(AuditEvent.of("programme-confidence.set", "programme", null)
			.after(Map.of("confidence", (confidence != null) ? confidence.name() : "derived", "reason",
					reason.strip())));
	}

}
