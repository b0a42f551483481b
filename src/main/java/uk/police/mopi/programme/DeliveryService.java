package uk.police.mopi.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * Changes the plan: projects, milestones, dependencies and the assessments milestones
 * will raise; the one place projects and milestones are written. Programme team only
 * ({@link ProgrammePolicy}). Input that breaks a rule is refused with
 * {@link InvalidInputException}; a change based on a stale version with
 * {@code ConcurrentChangeException}. Every date or status change appends history in the
 * same transaction; moving a forecast moves the forecasts that depend on it.
 */
@Service
@Transactional
public class DeliveryService {

	private final ProjectRepository projects;

	private final MilestoneRepository milestones;

	private final JdbcClient jdbc;

	private final AssessmentQueries assessments;

	private final ProgrammeCalendar calendar;

	private final ProgrammePolicy policy;

	private final ProgrammeHistory history;

	private final PlanConflicts conflicts;

	private final ApplicationEventPublisher events;

	DeliveryService(ProjectRepository projects, MilestoneRepository milestones, JdbcClient jdbc,
			AssessmentQueries assessments, ProgrammeCalendar calendar, ProgrammePolicy policy, ProgrammeHistory history,
			PlanConflicts conflicts, ApplicationEventPublisher events) {
		this.events = events;
		this.projects = projects;
		this.milestones = milestones;
		this.jdbc = jdbc;
		this.assessments = assessments;
		this.calendar = calendar;
		this.policy = policy;
		this.history = history;
		this.conflicts = conflicts;
	}

	public void createProject(ProjectDetails details, PortalUser actor) {
		requirePlanner(actor);
		PlanRules.project(details).throwIfAny();
		if (this.projects.existsByCode(details.code())) {
			throw InvalidInputException.of("code", "plan.error.codeTaken", details.code());
		}
		Instant now = this.calendar.now();
		Project project = this.projects.saveAndFlush(new Project(details, now, actor.getUsername()));
		this.history.project(project.getId(), "CREATED", null, details.status().name(), "Project created", now,
				actor.getUsername());
	}

	public void updateProject(String code, long expectedVersion, ProjectDetails details, PortalUser actor) {
		requirePlanner(actor);
		PlanRules.project(details).throwIfAny();
		Project project = lockProject(code);
		if (project.isStale(expectedVersion)) {
			throw this.conflicts.project(project, details);
		}
		ProjectStatus before = project.getStatus();
		Instant now = this.calendar.now();
		project.update(details, now, actor.getUsername());
		this.projects.flush();
		if (before != details.status()) {
			this.history.project(project.getId(), "STATUS", before.name(), details.status().name(), "Status changed",
					now, actor.getUsername());
		}
	}

	/** Sets or clears (rag null) the RAG override; a reason is required to set one. */
	public void overrideRag(String code, long expectedVersion, Rag rag, String reason, PortalUser actor) {
		requirePlanner(actor);
		if (rag != null && PlanRules.blankOrLonger(reason, PlanRules.RAG_REASON_MAX)) {
			throw InvalidInputException.of("ragReason", "plan.error.ragReason", PlanRules.RAG_REASON_MAX);
		}
		Project project = lockProject(code);
		if (project.isStale(expectedVersion)) {
			throw this.conflicts.rag(project, rag, reason);
		}
		Rag before = project.getRagOverride();
		Instant now = this.calendar.now();
		String why = (rag != null) ? reason.strip() : null;
		project.overrideRag(rag, why, now, actor.getUsername());
		this.projects.flush();
		this.history.project(project.getId(), "RAG_OVERRIDE", (before != null) ? before.name() : null,
				(rag != null) ? rag.name() : null, (why != null) ? why : "Override removed", now, actor.getUsername());
	}

	/**
	 * Sets or clears (confidence null) the project's delivery confidence override; a
	 * reason is required to set one. The change is kept in the project's history.
	 */
	public void overrideConfidence(String code, long expectedVersion, Confidence confidence, String reason,
			PortalUser actor) {
		requirePlanner(actor);
		if (confidence != null && PlanRules.blankOrLonger(reason, PlanRules.RAG_REASON_MAX)) {
			throw InvalidInputException.of("confidenceReason", "confidence.error.reason", PlanRules.RAG_REASON_MAX);
		}
		Project project = lockProject(code);
		if (project.isStale(expectedVersion)) {
			throw this.conflicts.confidence(project, confidence, reason);
		}
		Confidence before = project.getConfidenceOverride();
		Instant now = this.calendar.now();
		String why = (confidence != null) ? reason.strip() : null;
		project.overrideConfidence(confidence, why, now, actor.getUsername());
		this.projects.flush();
		this.history.project(project.getId(), "CONFIDENCE_OVERRIDE", (before != null) ? before.name() : null,
				(confidence != null) ? confidence.name() : null, (why != null) ? why : "Override removed", now,
				actor.getUsername());
	}

	public void addMilestone(String projectCode, String code, String title, LocalDate baseline, PortalUser actor) {
		requirePlanner(actor);
		InvalidInputException.Problems problems = PlanRules.milestone(code, title, baseline);
		if (problems.isEmpty() && this.milestones.existsByCode(code)) {
			problems.add("milestoneCode", "plan.error.milestoneCodeTaken", code);
		}
		problems.throwIfAny();
		Project project = this.projects.findByCode(projectCode).orElseThrow(() -> notFound(projectCode));
		Instant now = this.calendar.now();
		Milestone milestone = this.milestones
			.saveAndFlush(new Milestone(project.getId(), code, title.strip(), "", baseline, now, actor.getUsername()));
		this.history.milestone(milestone, "CREATED", null, baseline.toString(), "Milestone added", now,
				actor.getUsername());
	}

	/**
	 * Moves a milestone's forecast, and every forecast that depends on it.
	 * @return the codes and new forecasts of the other milestones that moved
	 */
	public Map<String, LocalDate> moveForecast(String code, long expectedVersion, LocalDate forecast, String reason,
			PortalUser actor) {
		requirePlanner(actor);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		PlanRules.date(problems, "forecast", forecast);
		if (PlanRules.blankOrLonger(reason, PlanRules.REASON_MAX)) {
			problems.add("reason", "plan.error.forecastReason");
		}
		problems.throwIfAny();
		List<Milestone> all = this.milestones.findAllForUpdate();
		Milestone moved = find(all, code);
		if (moved.isStale(expectedVersion)) {
			throw this.conflicts.milestone(moved, projectCode(moved), forecast, MilestoneStatus.PLANNED, null, reason);
		}
		if (moved.getStatus() != MilestoneStatus.PLANNED) {
			throw InvalidInputException.of("forecast", "plan.error.notPlanned");
		}
		Instant now = this.calendar.now();
		LocalDate before = moved.getForecastDate();
		moved.forecast(forecast, now, actor.getUsername());
		Map<Milestone, LocalDate> pushed = pushDependants(moved, all, now, actor);
		this.milestones.flush();
		this.history.milestone(moved, "FORECAST", before.toString(), forecast.toString(), reason.strip(), now,
				actor.getUsername());
		Map<String, LocalDate> result = new LinkedHashMap<>();
		pushed.forEach((next, was) -> {
			result.put(next.getCode(), next.getForecastDate());
			this.history.milestone(next, "FORECAST", was.toString(), next.getForecastDate().toString(),
					"Moved by its dependency on " + code + ": " + reason.strip(), now, actor.getUsername());
		});
		return result;
	}

	/**
	 * Moves the planned forecasts that now wait longer for {@code moved}.
	 * @return each milestone moved, in the order moved, with its forecast before
	 */
	private Map<Milestone, LocalDate> pushDependants(Milestone moved, List<Milestone> all, Instant now,
			PortalUser actor) {
		Map<Long, Milestone> byId = all.stream().collect(Collectors.toMap(Milestone::getId, (m) -> m));
		Map<Long, Schedule.Span> spans = new HashMap<>();
		Set<Long> movable = new HashSet<>();
		for (Milestone m : all) {
			LocalDate start = (m.getStartDate() != null) ? m.getStartDate() : m.getForecastDate();
			spans.put(m.getId(), new Schedule.Span(start, m.getForecastDate()));
			if (m.getStatus() == MilestoneStatus.PLANNED) {
				movable.add(m.getId());
			}
		}
		Map<Milestone, LocalDate> pushed = new LinkedHashMap<>();
		schedule().propagateSpans(moved.getId(), spans, movable).forEach((id, span) -> {
			Milestone next = byId.get(id);
			pushed.put(next, next.getForecastDate());
			next.forecast(span.finish(), now, actor.getUsername());
			if (next.getStartDate() != null) {
				next.start(span.start(), now, actor.getUsername());
			}
		});
		return pushed;
	}

	/** Records a milestone as achieved on a date, or as missed (date null). */
	public void recordOutcome(String code, long expectedVersion, boolean achieved, LocalDate actual, String reason,
			PortalUser actor) {
		requirePlanner(actor);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (achieved) {
			PlanRules.date(problems, "actual", actual);
			if (actual != null && actual.isAfter(this.calendar.today())) {
				problems.add("actual", "plan.error.actualInFuture");
			}
		}
		if (PlanRules.blankOrLonger(reason, PlanRules.REASON_MAX)) {
			problems.add("reason", "plan.error.outcomeReason");
		}
		problems.throwIfAny();
		Milestone milestone = find(this.milestones.findAllForUpdate(), code);
		if (milestone.isStale(expectedVersion)) {
			throw this.conflicts.milestone(milestone, projectCode(milestone), milestone.getForecastDate(),
					achieved ? MilestoneStatus.ACHIEVED : MilestoneStatus.MISSED, achieved ? actual : null, reason);
		}
		MilestoneStatus before = milestone.getStatus();
		Instant now = this.calendar.now();
		if (achieved) {
			milestone.achieve(actual, now, actor.getUsername());
		}
		else {
			milestone.miss(now, actor.getUsername());
		}
		this.milestones.flush();
		this.history.milestone(milestone, "STATUS", before.name(), milestone.getStatus().name(), reason.strip(), now,
				actor.getUsername());
	}

	/** Adds a finish-to-start dependency, refusing one that would make a cycle. */
	public void addDependency(String predecessorCode, String successorCode, int lagDays, PortalUser actor) {
		addDependency(predecessorCode, successorCode, DependencyKind.FS, lagDays, actor);
	}

	/**
	 * Adds a dependency of a kind, refusing one that would make a cycle, and moves the
	 * successor (and what depends on it) when the new dependency does not hold yet.
	 */
	public void addDependency(String predecessorCode, String successorCode, DependencyKind kind, int lagDays,
			PortalUser actor) {
		if (kind == null) {
			throw InvalidInputException.of("kind", "plan.error.dependencyKind");
		}
		requirePlanner(actor);
		if (lagDays < 0 || lagDays > PlanRules.LAG_MAX) {
			throw InvalidInputException.of("lagDays", "plan.error.lagDays", 0, PlanRules.LAG_MAX);
		}
		List<Milestone> all = this.milestones.findAllForUpdate();
		Map<String, Milestone> byCode = all.stream().collect(Collectors.toMap(Milestone::getCode, (m) -> m));
		Milestone predecessor = byCode.get(predecessorCode);
		Milestone successor = byCode.get(successorCode);
		if (predecessor == null || successor == null) {
			throw InvalidInputException.of((predecessor == null) ? "predecessor" : "successor",
					"plan.error.noMilestone", (predecessor == null) ? predecessorCode : successorCode);
		}
		refuseRepeatOrCycle(predecessor, successor, all);
		this.jdbc.sql("""
				insert into milestone_dependency (predecessor_id, successor_id, lag_days, kind)
				values (:p, :s, :lag, :kind)
				""")
			.param("p", predecessor.getId())
			.param("s", successor.getId())
			.param("lag", lagDays)
			.param("kind", kind.name())
			.update();
		this.events.publishEvent(AuditEvent.of("milestone-dependency.added", "milestone", successorCode)
			.after(Map.of("predecessor", predecessorCode, "successor", successorCode, "lagDays", lagDays, "kind",
					kind.name())));
		if (successor.getStatus() == MilestoneStatus.PLANNED) {
			Instant now = this.calendar.now();
			Map<Milestone, LocalDate> pushed = pushDependants(predecessor, all, now, actor);
			this.milestones.flush();
			pushed.forEach((next, was) -> this.history.milestone(next, "FORECAST", was.toString(),
					next.getForecastDate().toString(), "Dependency on " + predecessorCode + " added", now,
					actor.getUsername()));
		}
	}

	private void refuseRepeatOrCycle(Milestone predecessor, Milestone successor, List<Milestone> all) {
		boolean exists = this.jdbc
			.sql("select count(*) > 0 from milestone_dependency where predecessor_id = :p and successor_id = :s")
			.param("p", predecessor.getId())
			.param("s", successor.getId())
			.query(Boolean.class)
			.single();
		if (exists) {
			throw InvalidInputException.of("predecessor", "plan.error.dependencyExists", successor.getCode(),
					predecessor.getCode());
		}
		Map<Long, String> codes = all.stream().collect(Collectors.toMap(Milestone::getId, Milestone::getCode));
		schedule().cycleIfAdded(predecessor.getId(), successor.getId()).ifPresent((cycle) -> {
			throw InvalidInputException.of("predecessor", "plan.error.cycle",
					cycle.stream().map(codes::get).collect(Collectors.joining(" → ")));
		});
	}

	/** Declares that a milestone will raise an assessment to a level. */
	public void addDelivery(String milestoneCode, String requirementCode, String area, String level, PortalUser actor) {
		requirePlanner(actor);
		PlanRules.delivery(requirementCode, area, level);
		CellKey key = CellKey.of(requirementCode, area);
		if (this.assessments.assessment(key).isEmpty()) {
			throw InvalidInputException.of("requirement", "plan.error.noAssessment", requirementCode, area);
		}
		Milestone milestone = this.milestones.findByCode(milestoneCode).orElseThrow(() -> notFound(milestoneCode));
		int added = this.jdbc.sql("""
				insert into milestone_delivery (milestone_id, requirement_code, area_code, target_level)
				values (:m, :r, :a, :l)
				on conflict (milestone_id, requirement_code, coalesce(area_code, '*')) do nothing
				""")
			.param("m", milestone.getId())
			.param("r", key.requirementCode())
			.param("a", key.areaCode())
			.param("l", level)
			.update();
		if (added == 0) {
			throw InvalidInputException.of("requirement", "plan.error.deliveryExists", milestoneCode, key.toString());
		}
		this.events.publishEvent(AuditEvent.of("milestone-delivery.added", "milestone", milestoneCode)
			.after(Map.of("assessment", key.toString(), "targetLevel", level)));
	}

	private Schedule schedule() {
		return new Schedule(this.jdbc.sql("""
				select d.predecessor_id, d.successor_id, d.lag_days, d.kind from milestone_dependency d
				join milestone p on p.id = d.predecessor_id and p.removed_at is null
				join milestone s on s.id = d.successor_id and s.removed_at is null
				""")
			.query((rs, row) -> new Schedule.Link(rs.getLong(1), rs.getLong(2), rs.getInt(3),
					DependencyKind.valueOf(rs.getString(4))))
			.list());
	}

	private Project lockProject(String code) {
		return this.projects.findByCodeForUpdate(code).orElseThrow(() -> notFound(code));
	}

	private static Milestone find(List<Milestone> all, String code) {
		return all.stream().filter((m) -> m.getCode().equals(code)).findFirst().orElseThrow(() -> notFound(code));
	}

	private String projectCode(Milestone milestone) {
		return (milestone.getProjectId() != null)
				? this.projects.findById(milestone.getProjectId()).map(Project::getCode).orElse(null) : null;
	}

	private void requirePlanner(PortalUser actor) {
		if (!this.policy.canPlan(actor)) {
			throw new AccessDeniedException("Only the programme team may change the plan");
		}
	}

	private static NotFoundException notFound(String code) {
		return new NotFoundException("There is no project or milestone " + code);
	}

}
