package uk.police.mopi.programme;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * Changes the plan: projects, milestones, dependencies and the assessments milestones
 * will raise. Programme team only. Every date or status change appends history in the
 * same transaction; moving a forecast moves the forecasts that depend on it.
 */
@Service
@Transactional
public class DeliveryService {

	private final ProjectRepository projects;

	private final MilestoneRepository milestones;

	private final JdbcClient jdbc;

	private final AssessmentQueries assessments;

	private final Clock clock;

	DeliveryService(ProjectRepository projects, MilestoneRepository milestones, JdbcClient jdbc,
			AssessmentQueries assessments, Clock clock) {
		this.projects = projects;
		this.milestones = milestones;
		this.jdbc = jdbc;
		this.assessments = assessments;
		this.clock = clock;
	}

	public static boolean canPlan(PortalUser user) {
		return user != null && user.role() == Role.PROGRAMME_TEAM;
	}

	public void createProject(ProjectDetails details, PortalUser actor) {
		requirePlanner(actor);
		check(details);
		if (this.projects.existsByCode(details.code())) {
			throw new InvalidPlanException("code", "A project with the code " + details.code() + " exists already");
		}
		Instant now = this.clock.instant();
		Project project = this.projects.saveAndFlush(new Project(details, now, actor.getUsername()));
		projectHistory(project.getId(), "CREATED", null, details.status().name(), "Project created", now, actor);
	}

	public void updateProject(String code, long expectedVersion, ProjectDetails details, PortalUser actor) {
		requirePlanner(actor);
		check(details);
		Project project = lockProject(code, expectedVersion);
		ProjectStatus before = project.getStatus();
		Instant now = this.clock.instant();
		project.update(details, now, actor.getUsername());
		this.projects.flush();
		if (before != details.status()) {
			projectHistory(project.getId(), "STATUS", before.name(), details.status().name(), "Status changed", now,
					actor);
		}
	}

	/** Sets or clears (rag null) the RAG override; a reason is required to set one. */
	public void overrideRag(String code, long expectedVersion, Rag rag, String reason, PortalUser actor) {
		requirePlanner(actor);
		if (rag != null && (reason == null || reason.isBlank() || reason.length() > 500)) {
			throw new InvalidPlanException("ragReason", "Give a reason for the override (at most 500 characters)");
		}
		Project project = lockProject(code, expectedVersion);
		Rag before = project.getRagOverride();
		Instant now = this.clock.instant();
		project.overrideRag(rag, (rag != null) ? reason.strip() : null, now, actor.getUsername());
		this.projects.flush();
		projectHistory(project.getId(), "RAG_OVERRIDE", (before != null) ? before.name() : null,
				(rag != null) ? rag.name() : null, (rag != null) ? reason.strip() : "Override removed", now, actor);
	}

	public void addMilestone(String projectCode, String code, String title, LocalDate baseline, PortalUser actor) {
		requirePlanner(actor);
		List<PlanProblem> problems = new ArrayList<>();
		if (code == null || !code.matches("^[A-Z0-9][A-Z0-9-]{1,19}$")) {
			problems.add(new PlanProblem("milestoneCode", "Use 2 to 20 capital letters, digits and dashes"));
		}
		else if (this.milestones.existsByCode(code)) {
			problems.add(new PlanProblem("milestoneCode", "A milestone with the code " + code + " exists already"));
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			problems.add(new PlanProblem("milestoneTitle", "Give a title of at most 200 characters"));
		}
		checkDate(problems, "milestoneBaseline", baseline);
		if (!problems.isEmpty()) {
			throw new InvalidPlanException(problems);
		}
		Project project = this.projects.findByCode(projectCode).orElseThrow(() -> notFound(projectCode));
		Instant now = this.clock.instant();
		Milestone milestone = this.milestones
			.saveAndFlush(new Milestone(project.getId(), code, title.strip(), "", baseline, now, actor.getUsername()));
		milestoneHistory(milestone, "CREATED", null, baseline.toString(), "Milestone added", now, actor);
	}

	/**
	 * Moves a milestone's forecast, and every forecast that depends on it.
	 * @return the codes and new forecasts of the other milestones that moved
	 */
	public Map<String, LocalDate> moveForecast(String code, long expectedVersion, LocalDate forecast, String reason,
			PortalUser actor) {
		requirePlanner(actor);
		List<PlanProblem> problems = new ArrayList<>();
		checkDate(problems, "forecast", forecast);
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			problems.add(new PlanProblem("reason", "Say why the forecast moves (at most 2,000 characters)"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidPlanException(problems);
		}
		List<Milestone> all = this.milestones.findAllForUpdate();
		Map<Long, Milestone> byId = all.stream().collect(Collectors.toMap(Milestone::getId, (m) -> m));
		Milestone moved = all.stream()
			.filter((m) -> m.getCode().equals(code))
			.findFirst()
			.orElseThrow(() -> notFound(code));
		if (moved.getVersion() != expectedVersion) {
			throw new PlanConflictException("Milestone " + code, "someone else");
		}
		if (moved.getStatus() != MilestoneStatus.PLANNED) {
			throw new InvalidPlanException("forecast", "Only a planned milestone has a forecast to move");
		}
		Instant now = this.clock.instant();
		LocalDate before = moved.getForecastDate();
		moved.forecast(forecast, now, actor.getUsername());
		Map<Long, LocalDate> forecasts = new HashMap<>();
		Set<Long> movable = new HashSet<>();
		for (Milestone m : all) {
			forecasts.put(m.getId(), m.getForecastDate());
			if (m.getStatus() == MilestoneStatus.PLANNED) {
				movable.add(m.getId());
			}
		}
		Map<Long, LocalDate> pushed = schedule().propagate(moved.getId(), forecasts, movable);
		Map<String, LocalDate> result = new java.util.LinkedHashMap<>();
		List<Object[]> history = new ArrayList<>();
		pushed.forEach((id, date) -> {
			Milestone next = byId.get(id);
			LocalDate was = next.getForecastDate();
			next.forecast(date, now, actor.getUsername());
			result.put(next.getCode(), date);
			history.add(new Object[] { next, was, "Moved by its dependency on " + code + ": " + reason.strip() });
		});
		this.milestones.flush();
		milestoneHistory(moved, "FORECAST", before.toString(), forecast.toString(), reason.strip(), now, actor);
		for (Object[] entry : history) {
			Milestone next = (Milestone) entry[0];
			milestoneHistory(next, "FORECAST", entry[1].toString(), next.getForecastDate().toString(),
					(String) entry[2], now, actor);
		}
		return result;
	}

	/** Records a milestone as achieved on a date, or as missed (date null). */
	public void recordOutcome(String code, long expectedVersion, boolean achieved, LocalDate actual, String reason,
			PortalUser actor) {
		requirePlanner(actor);
		List<PlanProblem> problems = new ArrayList<>();
		if (achieved) {
			checkDate(problems, "actual", actual);
			if (actual != null && actual.isAfter(LocalDate.now(this.clock))) {
				problems.add(new PlanProblem("actual", "A milestone cannot be achieved in the future"));
			}
		}
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			problems.add(new PlanProblem("reason", "Say what shows it (at most 2,000 characters)"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidPlanException(problems);
		}
		Milestone milestone = this.milestones.findAllForUpdate()
			.stream()
			.filter((m) -> m.getCode().equals(code))
			.findFirst()
			.orElseThrow(() -> notFound(code));
		if (milestone.getVersion() != expectedVersion) {
			throw new PlanConflictException("Milestone " + code, "someone else");
		}
		MilestoneStatus before = milestone.getStatus();
		Instant now = this.clock.instant();
		if (achieved) {
			milestone.achieve(actual, now, actor.getUsername());
		}
		else {
			milestone.miss(now, actor.getUsername());
		}
		this.milestones.flush();
		milestoneHistory(milestone, "STATUS", before.name(), milestone.getStatus().name(), reason.strip(), now, actor);
	}

	/** Adds a finish-to-start dependency, refusing one that would make a cycle. */
	public void addDependency(String predecessorCode, String successorCode, int lagDays, PortalUser actor) {
		requirePlanner(actor);
		if (lagDays < 0 || lagDays > 730) {
			throw new InvalidPlanException("lagDays", "The lag must be between 0 and 730 days");
		}
		List<Milestone> all = this.milestones.findAllForUpdate();
		Map<String, Milestone> byCode = all.stream().collect(Collectors.toMap(Milestone::getCode, (m) -> m));
		Milestone predecessor = byCode.get(predecessorCode);
		Milestone successor = byCode.get(successorCode);
		if (predecessor == null || successor == null) {
			throw new InvalidPlanException((predecessor == null) ? "predecessor" : "successor",
					"There is no milestone " + ((predecessor == null) ? predecessorCode : successorCode));
		}
		boolean exists = this.jdbc
			.sql("select count(*) > 0 from milestone_dependency where predecessor_id = :p and successor_id = :s")
			.param("p", predecessor.getId())
			.param("s", successor.getId())
			.query(Boolean.class)
			.single();
		if (exists) {
			throw new InvalidPlanException("predecessor",
					successorCode + " depends on " + predecessorCode + " already");
		}
		Map<Long, String> codes = all.stream().collect(Collectors.toMap(Milestone::getId, Milestone::getCode));
		schedule().cycleIfAdded(predecessor.getId(), successor.getId()).ifPresent((cycle) -> {
			throw new InvalidPlanException("predecessor",
					"That would make a cycle: " + cycle.stream().map(codes::get).collect(Collectors.joining(" → "))
							+ ". A milestone cannot wait for itself.");
		});
		this.jdbc.sql("insert into milestone_dependency (predecessor_id, successor_id, lag_days) values (:p, :s, :lag)")
			.param("p", predecessor.getId())
			.param("s", successor.getId())
			.param("lag", lagDays)
			.update();
		LocalDate earliest = predecessor.getForecastDate().plusDays(lagDays);
		if (successor.getStatus() == MilestoneStatus.PLANNED && successor.getForecastDate().isBefore(earliest)) {
			moveForecast(successorCode, successor.getVersion(), earliest, "Dependency on " + predecessorCode + " added",
					actor);
		}
	}

	/** Declares that a milestone will raise an assessment to a level. */
	public void addDelivery(String milestoneCode, String requirementCode, String area, String level, PortalUser actor) {
		requirePlanner(actor);
		if (level == null || !List.of("FAIR", "GOOD", "EXCELLENT").contains(level)) {
			throw new InvalidPlanException("level", "Choose Fair, Good or Excellent");
		}
		if (requirementCode == null || area == null || !requirementCode.matches("^[A-Z]{2,6}-[0-9]{2,3}$")
				|| !area.matches("^[A-Z]{2,6}$")) {
			throw new InvalidPlanException("requirement", "Give a requirement code and an area code (or FORCE)");
		}
		CellKey key = CellKey.of(requirementCode, area);
		if (this.assessments.assessment(key).isEmpty()) {
			throw new InvalidPlanException("requirement",
					"There is no assessment of " + requirementCode + " in " + area + " to raise");
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
			throw new InvalidPlanException("requirement", milestoneCode + " raises " + key + " already");
		}
	}

	private Schedule schedule() {
		return new Schedule(this.jdbc.sql("select predecessor_id, successor_id, lag_days from milestone_dependency")
			.query((rs, row) -> new Schedule.Link(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
			.list());
	}

	private Project lockProject(String code, long expectedVersion) {
		Project project = this.projects.findByCodeForUpdate(code).orElseThrow(() -> notFound(code));
		if (project.getVersion() != expectedVersion) {
			throw new PlanConflictException("Project " + code, "someone else");
		}
		return project;
	}

	private void check(ProjectDetails details) {
		List<PlanProblem> problems = new ArrayList<>();
		if (details.code() == null || !details.code().matches("^[A-Z0-9][A-Z0-9-]{1,11}$")) {
			problems.add(new PlanProblem("code", "Use 2 to 12 capital letters, digits and dashes, e.g. P07"));
		}
		if (details.name() == null || details.name().isBlank() || details.name().length() > 200) {
			problems.add(new PlanProblem("name", "Give a name of at most 200 characters"));
		}
		if (details.description() != null && details.description().length() > 2000) {
			problems.add(new PlanProblem("description", "The description must be 2,000 characters or fewer"));
		}
		if (details.workstream() == null) {
			problems.add(new PlanProblem("workstream", "Choose a workstream"));
		}
		if (details.status() == null) {
			problems.add(new PlanProblem("status", "Choose a status"));
		}
		checkDate(problems, "startDate", details.startDate());
		checkDate(problems, "endDate", details.endDate());
		if (details.startDate() != null && details.endDate() != null
				&& details.endDate().isBefore(details.startDate())) {
			problems.add(new PlanProblem("endDate", "The end date must be on or after the start date"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidPlanException(problems);
		}
	}

	private static void checkDate(List<PlanProblem> problems, String field, LocalDate date) {
		if (date == null) {
			problems.add(new PlanProblem(field, "Enter a date"));
		}
		else if (date.getYear() < 2004 || date.getYear() > 2030) {
			problems.add(new PlanProblem(field, "The date must be between 2004 and 2030"));
		}
	}

	private void milestoneHistory(Milestone m, String field, String from, String to, String reason, Instant at,
			PortalUser actor) {
		this.jdbc
			.sql("""
					insert into milestone_history (milestone_id, field, from_value, to_value, reason, changed_at, changed_by,
					                               baseline_date, forecast_date, actual_date, status)
					values (:id, :field, :from, :to, :reason, :at, :by, :baseline, :forecast, :actual, :status)
					""")
			.param("id", m.getId())
			.param("field", field)
			.param("from", from)
			.param("to", to)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("by", actor.getUsername())
			.param("baseline", m.getBaselineDate())
			.param("forecast", m.getForecastDate())
			.param("actual", m.getActualDate())
			.param("status", m.getStatus().name())
			.update();
	}

	private void projectHistory(long projectId, String field, String from, String to, String reason, Instant at,
			PortalUser actor) {
		this.jdbc.sql("""
				insert into project_history (project_id, field, from_value, to_value, reason, changed_at, changed_by)
				values (:id, :field, :from, :to, :reason, :at, :by)
				""")
			.param("id", projectId)
			.param("field", field)
			.param("from", from)
			.param("to", to)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("by", actor.getUsername())
			.update();
	}

	private static void requirePlanner(PortalUser actor) {
		if (!canPlan(actor)) {
			throw new AccessDeniedException("Only the programme team may change the plan");
		}
	}

	private static uk.police.mopi.shared.NotFoundException notFound(String code) {
		return new uk.police.mopi.shared.NotFoundException("There is no project or milestone " + code);
	}

}
