package uk.police.mopi.programme;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.user.PortalUser;

/**
 * Takes things out of the plan, each with a reason that is kept: a milestone (removed
 * softly, its history kept, its dependencies removed with it), a dependency, traced
 * assessments. Programme team only; Home Office milestones are never removed.
 */
@Service
@Transactional
public class PlanRemovals {

	private final MilestoneRepository milestones;

	private final JdbcClient jdbc;

	private final ProgrammeCalendar calendar;

	private final ProgrammePolicy policy;

	private final ProgrammeHistory history;

	private final ApplicationEventPublisher events;

	PlanRemovals(MilestoneRepository milestones, JdbcClient jdbc, ProgrammeCalendar calendar, ProgrammePolicy policy,
			ProgrammeHistory history, ApplicationEventPublisher events) {
		this.milestones = milestones;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.policy = policy;
		this.history = history;
		this.events = events;
	}

	/** A trace of an assessment to a milestone, as the removal form names it. */
	public record Trace(String milestone, CellKey key) {
	}

	/** Removes a project milestone, with the dependencies that involve it. */
	public void removeMilestone(String code, String reason, PortalUser actor) {
		String why = checked(reason, actor);
		if (!PlanRules.isMilestoneCode(code)) {
			throw InvalidInputException.of("removeMilestone", "trace.error.milestone");
		}
		Milestone milestone = this.milestones.findByCode(code)
			.orElseThrow(() -> InvalidInputException.of("removeMilestone", "plan.error.noMilestone", code));
		if (milestone.getKind() != MilestoneKind.PROJECT) {
			throw InvalidInputException.of("removeMilestone", "plan.error.homeOfficeRemoval", code);
		}
		Instant now = this.calendar.now();
		List<String[]> dependencies = this.jdbc.sql("""
				select p.code, s.code from milestone_dependency d
				join milestone p on p.id = d.predecessor_id join milestone s on s.id = d.successor_id
				where d.predecessor_id = :id or d.successor_id = :id
				""")
			.param("id", milestone.getId())
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		for (String[] dependency : dependencies) {
			deleteDependency(dependency[0], dependency[1], why, now, actor);
		}
		milestone.remove(why, now, actor.getUsername());
		this.milestones.flush();
		this.history.milestone(milestone, "REMOVED", milestone.getStatus().name(), null, why, now, actor.getUsername());
		this.events.publishEvent(AuditEvent.of("milestone.removed", "milestone", code).after(Map.of("reason", why)));
	}

	/** Removes the dependency of {@code successor} on {@code predecessor}. */
	public void removeDependency(String predecessor, String successor, String reason, PortalUser actor) {
		String why = checked(reason, actor);
		if (!PlanRules.isMilestoneCode(predecessor) || !PlanRules.isMilestoneCode(successor)
				|| deleteDependency(predecessor, successor, why, this.calendar.now(), actor) == 0) {
			throw InvalidInputException.of("dependency", "plan.error.noDependency", successor, predecessor);
		}
	}

	/** Removes traces of assessments to milestones; each must exist. */
	public int removeTraces(List<Trace> traces, String reason, PortalUser actor) {
		String why = checked(reason, actor);
		if (traces == null || traces.isEmpty()) {
			throw InvalidInputException.of("traces", "plan.error.noTraces");
		}
		Instant now = this.calendar.now();
		for (Trace trace : traces) {
			int removed = this.jdbc.sql("""
					delete from milestone_delivery d using milestone m
					where m.id = d.milestone_id and m.code = :code and m.removed_at is null
					  and d.requirement_code = :requirement and d.area_code is not distinct from :area
					""")
				.param("code", trace.milestone())
				.param("requirement", trace.key().requirementCode())
				.param("area", trace.key().areaCode())
				.update();
			if (removed == 0) {
				throw InvalidInputException.of("traces", "plan.error.noTrace", trace.key().toString(),
						trace.milestone());
			}
			record("TRACE", trace.milestone(), trace.key().toString(), why, now, actor);
			this.events.publishEvent(AuditEvent.of("milestone-delivery.removed", "milestone", trace.milestone())
				.before(Map.of("assessment", trace.key().toString()))
				.after(Map.of("reason", why)));
		}
		return traces.size();
	}

	private int deleteDependency(String predecessor, String successor, String why, Instant now, PortalUser actor) {
		int removed = this.jdbc.sql("""
				delete from milestone_dependency d using milestone p, milestone s
				where p.id = d.predecessor_id and s.id = d.successor_id and p.code = :p and s.code = :s
				""").param("p", predecessor).param("s", successor).update();
		if (removed > 0) {
			record("DEPENDENCY", successor, successor + " waits for " + predecessor, why, now, actor);
			this.events.publishEvent(AuditEvent.of("milestone-dependency.removed", "milestone", successor)
				.before(Map.of("predecessor", predecessor, "successor", successor))
				.after(Map.of("reason", why)));
		}
		return removed;
	}

	private void record(String subject, String milestone, String detail, String reason, Instant now, PortalUser actor) {
		this.jdbc.sql("""
				insert into plan_removal (subject, milestone_code, detail, reason, removed_at, removed_by)
				values (:subject, :milestone, :detail, :reason, :at, :by)
				""")
			.param("subject", subject)
			.param("milestone", milestone)
			.param("detail", detail)
			.param("reason", reason)
			.param("at", Timestamp.from(now))
			.param("by", actor.getUsername())
			.update();
	}

	private String checked(String reason, PortalUser actor) {
		if (!this.policy.canPlan(actor)) {
			throw new AccessDeniedException("Only the programme team may change the plan");
		}
		new InvalidInputException.Problems().text("removalReason", reason, PlanRules.REASON_MAX).throwIfAny();
		return reason.strip();
	}

}
