package uk.police.mopi.programme;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;

/**
 * Demo data only: once the "fully funded Action Plan" is achieved (by the demo's today),
 * most gaps are planned. Once the demo projects are loaded ({@link ProgrammeDemoData}
 * announces it), every gap that no milestone closes yet is traced to its target level on
 * a planned milestone forecast after today, of a project touching its area whose
 * workstream works on its section (any project touching its area when none does). Where
 * no project touching the area works on the section, a project that does takes the area
 * on, as the Action Plan extended them (recorded in the project's history), for three in
 * four such sections of an area: the rest stay unplanned, work the plan has not reached
 * yet. P01, the example project of the access table, keeps its areas. Deterministic (seed
 * 2008).
 */
@Component
class DemoGapPlan {

	private static final Logger log = LoggerFactory.getLogger(DemoGapPlan.class);

	private final JdbcTemplate jdbc;

	private final DeliveryQueries deliveries;

	private final ProgrammeCalendar calendar;

	DemoGapPlan(JdbcTemplate jdbc, DeliveryQueries deliveries, ProgrammeCalendar calendar) {
		this.jdbc = jdbc;
		this.deliveries = deliveries;
		this.calendar = calendar;
	}

	private record Open(long id, long projectId, String projectCode, String workstream, Set<String> areas,
			LocalDate forecast) {
	}

	/** Runs in the demo loader's transaction, right after its projects are in. */
	@EventListener
	void onDemoLoaded(AuditEvent event) {
		if ("demo-data.loaded".equals(event.action()) && "programme".equals(event.subjectType())) {
			planOpenGaps();
		}
	}

	void planOpenGaps() {
		List<LocalDate> planFunded = this.jdbc.queryForList(
				"select actual_date from milestone where code = 'HO-2007-PLAN' and status = 'ACHIEVED'",
				LocalDate.class);
		if (planFunded.isEmpty()) {
			return;
		}
		LocalDate funded = planFunded.get(0);
		List<Open> open = openMilestones();
		Random random = new Random(2008);
		List<Object[]> traces = new ArrayList<>();
		Map<String, Boolean> takenOn = new java.util.HashMap<>();
		for (AssessmentView gap : this.deliveries.unplannedGaps(null)) {
			String section = gap.key().requirementCode().substring(0, gap.key().requirementCode().indexOf('-'));
			List<Open> working = open.stream()
				.filter((m) -> ProgrammeDemoData.sectionsOf(m.workstream()).contains(section))
				.toList();
			List<Open> candidates = touching(working, gap);
			if (candidates.isEmpty()) {
				candidates = touching(open, gap);
			}
			if (candidates.isEmpty() && !working.isEmpty() && !gap.key().forceWide()) {
				if (!takenOn.computeIfAbsent(gap.key().areaCode(), (area) -> random.nextInt(4) != 0)) {
					continue;
				}
				takeOn(working.stream().filter((m) -> !"P01".equals(m.projectCode())).toList(), gap, random, funded);
				candidates = touching(working, gap);
			}
			if (candidates.isEmpty()) {
				continue;
			}
			Open milestone = candidates.get(random.nextInt(candidates.size()));
			traces.add(new Object[] { milestone.id(), gap.key().requirementCode(), gap.key().areaCode(),
					gap.targetLevel().name() });
		}
		this.jdbc.batchUpdate("""
				insert into milestone_delivery (milestone_id, requirement_code, area_code, target_level)
				values (?, ?, ?, ?) on conflict do nothing
				""", traces);
		log.info("Demo data: {} open gaps traced to planned milestones", traces.size());
	}

	private static List<Open> touching(List<Open> milestones, AssessmentView gap) {
		return milestones.stream()
			.filter((m) -> gap.key().forceWide() || m.areas().contains(gap.key().areaCode()))
			.toList();
	}

	/**
	 * One of these milestones' projects takes on the gap's area, with a line of history.
	 */
	private void takeOn(List<Open> milestones, AssessmentView gap, Random random, LocalDate funded) {
		if (milestones.isEmpty()) {
			return;
		}
		Open chosen = milestones.get(random.nextInt(milestones.size()));
		String area = gap.key().areaCode();
		chosen.areas().add(area);
		this.jdbc.update("insert into project_area (project_id, business_area_code) values (?, ?)", chosen.projectId(),
				area);
		this.jdbc.update("""
				insert into project_history (project_id, field, to_value, reason, changed_at, changed_by)
				select id, 'AREAS', ?, 'Took the area on in the funded Action Plan', greatest(created_at, ?), 'pmo'
				from project where id = ?
				""", area, java.sql.Timestamp.from(funded.atTime(10, 0).atZone(this.calendar.zone()).toInstant()),
				chosen.projectId());
	}

	/** Planned project milestones forecast after today, with their project's areas. */
	private List<Open> openMilestones() {
		Map<Long, Set<String>> areas = new java.util.HashMap<>();
		this.jdbc.query("select project_id, business_area_code from project_area",
				(org.springframework.jdbc.core.RowCallbackHandler) (
						rs) -> areas.computeIfAbsent(rs.getLong(1), (id) -> new HashSet<>()).add(rs.getString(2)));
		return this.jdbc.query("""
				select m.id, m.project_id, p.code, p.workstream, m.forecast_date
				from milestone m join project p on p.id = m.project_id
				where m.status = 'PLANNED' and m.removed_at is null and m.forecast_date > ?
				order by m.forecast_date, m.code
				""", (rs, row) -> new Open(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				areas.computeIfAbsent(rs.getLong(2), (id) -> new HashSet<>()), rs.getObject(5, LocalDate.class)),
				Date.valueOf(this.calendar.today()));
	}

}
