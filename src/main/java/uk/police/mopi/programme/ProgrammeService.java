package uk.police.mopi.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.persistence.Rows;

/**
 * Reads the programme: milestones (now or as at a date), projects with their RAG, and the
 * deadline. A fixed number of queries per call.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

	private static final String CURRENT = """
			select m.code, m.title, m.description, m.kind, p.code as project_code, m.baseline_date, m.forecast_date,
			       m.actual_date, m.status, m.baseline, m.version
			from milestone m left join project p on p.id = m.project_id
			where m.removed_at is null
			""";

	private static final String AS_AT = """
			select m.code, m.title, m.description, m.kind, p.code as project_code, h.baseline_date, h.forecast_date,
			       h.actual_date, h.status, m.baseline, m.version
			from milestone m left join project p on p.id = m.project_id
			cross join lateral (select * from milestone_history h where h.milestone_id = m.id and h.changed_at < :moment
			                    order by h.changed_at desc, h.id desc limit 1) h
			where (m.removed_at is null or m.removed_at >= :moment)
			""";

	private final JdbcClient jdbc;

	private final ProgrammeCalendar calendar;

	private final People people;

	ProgrammeService(JdbcClient jdbc, ProgrammeCalendar calendar, People people) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.people = people;
	}

	/** Days from today to the full-compliance deadline; negative once it has passed. */
	public long daysToDeadline() {
		return ChronoUnit.DAYS.between(this.calendar.today(), this.calendar.fullCompliance());
	}

	/** The Home Office milestones. */
	public List<MilestoneView> milestones() {
		return this.jdbc.sql(CURRENT + " and m.kind = 'HOME_OFFICE' order by m.baseline_date, m.code")
			.query(this::mapMilestone)
			.list();
	}

	/** Every milestone, now (asAt null) or as at the end of a date, by forecast date. */
	public List<MilestoneView> allMilestones(LocalDate asAt) {
		if (asAt == null) {
			return this.jdbc.sql(CURRENT + " order by m.forecast_date, m.code").query(this::mapMilestone).list();
		}
		LocalDate today = asAt;
		return this.jdbc.sql(AS_AT + " order by h.forecast_date, m.code")
			.param("moment", Timestamp.from(this.calendar.endOf(asAt)))
			.query((rs, row) -> milestoneAt(rs, today))
			.list();
	}

	public Optional<MilestoneView> milestone(String code) {
		return this.jdbc.sql(CURRENT + " and m.code = :code").param("code", code).query(this::mapMilestone).optional();
	}

	/** Every project with its milestones and RAG, by code; two queries. */
	public List<ProjectView> projects() {
		return projects(null);
	}

	public Optional<ProjectView> project(String code) {
		return projects(code).stream().findFirst();
	}

	/** The business areas a project touches, or empty when there is no such project. */
	public Optional<Set<String>> areasOf(String projectCode) {
		List<String> rows = this.jdbc.sql("""
				select a.business_area_code from project p left join project_area a on a.project_id = p.id
				where p.code = :code
				""").param("code", projectCode).query(String.class).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(rows.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
	}

	/** Projects touching any of these business areas. */
	public List<ProjectView> projectsTouching(Set<String> areaCodes) {
		return projects().stream().filter((p) -> p.areas().stream().anyMatch(areaCodes::contains)).toList();
	}

	/**
	 * Projects by RAG as shown (the override, else the rule), of those touching these
	 * business areas (all when null), every RAG present; from the milestones as they
	 * stand, already read by the caller ({@link #allMilestones(LocalDate)} with null), so
	 * one query.
	 */
	public Map<Rag, Long> ragCounts(List<MilestoneView> current, Set<String> areaCodes) {
		Map<String, List<MilestoneView>> byProject = current.stream()
			.filter((m) -> m.projectCode() != null)
			.collect(Collectors.groupingBy(MilestoneView::projectCode));
		Map<Rag, Long> counts = new java.util.EnumMap<>(Rag.class);
		for (Rag rag : Rag.values()) {
			counts.put(rag, 0L);
		}
		this.jdbc.sql("""
				select p.code, p.end_date, p.rag_override,
				       (select string_agg(business_area_code, ',') from project_area a where a.project_id = p.id)
				from project p
				""").query((rs) -> {
			String areas = rs.getString(4);
			if (areaCodes != null
					&& (areas == null || Arrays.stream(areas.split(",")).noneMatch(areaCodes::contains))) {
				return;
			}
			String override = rs.getString(3);
			Rag rag = (override != null) ? Rag.valueOf(override) : RagRule.derive(rs.getObject(2, LocalDate.class),
					byProject.getOrDefault(rs.getString(1), List.of()));
			counts.merge(rag, 1L, Long::sum);
		});
		return counts;
	}

	private List<ProjectView> projects(String code) {
		Map<String, List<MilestoneView>> milestones = this.jdbc
			.sql(CURRENT + " and m.kind = 'PROJECT' and (cast(:code as text) is null or p.code = :code)"
					+ " order by m.forecast_date, m.code")
			.param("code", code)
			.query(this::mapMilestone)
			.list()
			.stream()
			.collect(Collectors.groupingBy(MilestoneView::projectCode));
		People.Names names = this.people.names();
		return this.jdbc.sql("""
				select p.*, (select string_agg(business_area_code, ',' order by business_area_code)
				             from project_area a where a.project_id = p.id) as area_codes
				from project p
				where cast(:code as text) is null or p.code = :code
				order by p.code
				""").param("code", code).query((rs, row) -> project(rs, milestones, names)).list();
	}

	private static ProjectView project(ResultSet rs, Map<String, List<MilestoneView>> milestones, People.Names names)
			throws SQLException {
		List<MilestoneView> own = milestones.getOrDefault(rs.getString("code"), List.of());
		LocalDate end = rs.getObject("end_date", LocalDate.class);
		String override = rs.getString("rag_override");
		String areaCodes = rs.getString("area_codes");
		Long sponsor = rs.getObject("sponsor_id", Long.class);
		Long manager = rs.getObject("manager_id", Long.class);
		return new ProjectView(rs.getString("code"), rs.getString("name"), rs.getString("description"),
				Workstream.valueOf(rs.getString("workstream")), names.of(sponsor), sponsor, names.of(manager), manager,
				ProjectStatus.valueOf(rs.getString("status")), rs.getObject("start_date", LocalDate.class), end,
				(areaCodes != null) ? new HashSet<>(Arrays.asList(areaCodes.split(","))) : Set.of(), own,
				RagRule.derive(end, own), (override != null) ? Rag.valueOf(override) : null,
				rs.getString("rag_override_reason"), rs.getLong("version"));
	}

	/**
	 * The timeline, now (asAt null) or as at the end of a date: projects as they stand
	 * with their milestones' dates as they stood then. Only the projects touching these
	 * business areas (all when null), with the Home Office milestones and the
	 * dependencies between what is shown.
	 */
	public TimelineView timeline(LocalDate asAt, Set<String> areaCodes) {
		LocalDate today = (asAt != null) ? asAt : this.calendar.today();
		Map<String, List<MilestoneView>> byProject = allMilestones(asAt).stream()
			.filter((m) -> m.projectCode() != null)
			.collect(Collectors.groupingBy(MilestoneView::projectCode));
		List<TimelineView.Project> rows = projects().stream()
			.filter((p) -> areaCodes == null || p.areas().stream().anyMatch(areaCodes::contains))
			.map((p) -> {
				List<MilestoneView> own = byProject.getOrDefault(p.code(), List.of());
				Rag rag = (p.ragOverride() != null) ? p.ragOverride() : RagRule.derive(p.endDate(), own);
				return new TimelineView.Project(p.code(), p.name(), p.workstream(), p.startDate(), p.endDate(), rag,
						own.stream().map(ProgrammeService::marker).toList());
			})
			.sorted(java.util.Comparator.comparing(TimelineView.Project::start)
				.thenComparing(TimelineView.Project::code))
			.toList();
		List<TimelineView.Milestone> homeOffice = allMilestones(asAt).stream()
			.filter((m) -> m.projectCode() == null)
			.map(ProgrammeService::marker)
			.toList();
		Set<String> shown = rows.stream()
			.flatMap((p) -> p.milestones().stream())
			.map(TimelineView.Milestone::code)
			.collect(Collectors.toSet());
		return new TimelineView(today, this.calendar.fullCompliance(), rows, homeOffice,
				dependencies().stream()
					.filter((d) -> shown.contains(d.predecessor()) && shown.contains(d.successor()))
					.toList());
	}

	/**
	 * Milestones as {@link #allMilestones(LocalDate)}, but of the Home Office and the
	 * projects touching these business areas only (all when null).
	 */
	public List<MilestoneView> milestonesFor(LocalDate asAt, Set<String> areaCodes) {
		if (areaCodes == null) {
			return allMilestones(asAt);
		}
		Set<String> visible = projectsTouching(areaCodes).stream().map(ProjectView::code).collect(Collectors.toSet());
		return allMilestones(asAt).stream()
			.filter((m) -> m.projectCode() == null || visible.contains(m.projectCode()))
			.toList();
	}

	/**
	 * The milestones page.
	 *
	 * @param asAt the past date shown, or null for now
	 * @param milestones the milestones shown
	 * @param progress the progress they were filtered by, or null
	 * @param dueWithin the days ahead they were filtered by, or null
	 * @param today today, the latest date that can be asked for
	 */
	public record MilestoneList(LocalDate asAt, List<MilestoneView> milestones, MilestoneProgress progress,
			Integer dueWithin, LocalDate today) {
	}

	/**
	 * Every milestone of the Home Office and of the projects touching these areas (all
	 * when null), now or as at a past date (a later one is now); only those with one
	 * progress (the Board's overdue count) or those planned and forecast within some days
	 * of the date (its "due soon" count) when asked.
	 */
	public MilestoneList milestoneList(LocalDate asAt, MilestoneProgress progress, Integer dueWithin,
			Set<String> areaCodes) {
		LocalDate today = this.calendar.today();
		LocalDate date = (asAt != null && asAt.isBefore(today)) ? asAt : null;
		LocalDate shown = (date != null) ? date : today;
		Integer days = (dueWithin != null && dueWithin > 0 && dueWithin <= 3660) ? dueWithin : null;
		List<MilestoneView> milestones = milestonesFor(date, areaCodes).stream()
			.filter((m) -> progress == null || m.progress() == progress)
			.filter((m) -> days == null || m.progress().coming() && !m.forecastDate().isAfter(shown.plusDays(days)))
			.toList();
		return new MilestoneList(date, milestones, progress, days, today);
	}

	private static TimelineView.Milestone marker(MilestoneView m) {
		return new TimelineView.Milestone(m.code(), m.title(), m.baselineDate(), m.forecastDate(), m.actualDate(),
				m.status(), m.progress() == MilestoneProgress.AT_RISK);
	}

	/** Every dependency between milestones of the plan, by milestone code. */
	public List<TimelineView.Dependency> dependencies() {
		return this.jdbc.sql("""
				select p.code as predecessor, s.code as successor, d.lag_days, d.kind
				from milestone_dependency d
				join milestone p on p.id = d.predecessor_id and p.removed_at is null
				join milestone s on s.id = d.successor_id and s.removed_at is null
				order by p.code, s.code
				""").query(Rows.of(TimelineView.Dependency.class)).list();
	}

	private MilestoneView mapMilestone(ResultSet rs, int row) throws SQLException {
		return milestoneAt(rs, this.calendar.today());
	}

	private MilestoneView milestoneAt(ResultSet rs, LocalDate today) throws SQLException {
		MilestoneStatus status = MilestoneStatus.valueOf(rs.getString("status"));
		LocalDate baseline = rs.getObject("baseline_date", LocalDate.class);
		LocalDate forecast = rs.getObject("forecast_date", LocalDate.class);
		MilestoneKind kind = MilestoneKind.valueOf(rs.getString("kind"));
		boolean byFigures = kind == MilestoneKind.HOME_OFFICE && baseline.equals(this.calendar.fullCompliance());
		MilestoneProgress progress = byFigures ? MilestoneProgress.ofFigures(status, baseline, forecast, today)
				: MilestoneProgress.of(status, baseline, forecast, today);
		return new MilestoneView(rs.getString("code"), rs.getString("title"), rs.getString("description"), kind,
				rs.getString("project_code"), baseline, forecast, rs.getObject("actual_date", LocalDate.class), status,
				rs.getBoolean("baseline"), progress, rs.getLong("version"));
	}

}
