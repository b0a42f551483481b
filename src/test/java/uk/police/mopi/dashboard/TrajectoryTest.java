package uk.police.mopi.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every point of the trajectory equals a recount of the assessments as at its date, the
 * cached past figures follow the history when a row is added before them, and the planned
 * line equals a recount of the open milestones' traced assessments.
 */
@PortalTest
class TrajectoryTest {

	private static final String RANK = "array_position(array['NOT_ASSESSED','NOT_MET','FAIR','GOOD','EXCELLENT']::varchar[], ";

	@Autowired
	private DashboardService dashboard;

	@Autowired
	private AssessmentQueries assessments;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ProgrammeCalendar calendar;

	@Value("${mopi.delivery.grace-days}")
	private int graceDays;

	@Test
	void shouldAgreeWithARecountAsAtEachDate() {
		Trajectory trajectory = this.dashboard.trajectory((LocalDate) null);
		assertThat(trajectory.actual()).hasSizeGreaterThan(20);
		assertThat(trajectory.actual().get(0).date()).as("the month end of the Capability Assessment")
			.isEqualTo(this.calendar.capabilityAssessment().withDayOfMonth(31));
		for (Trajectory.Point point : trajectory.actual()) {
			LevelCounts counts = recount(point.date());
			assertThat(point.applicable()).as(point.date().toString()).isEqualTo(counts.applicableCells());
			assertThat(point.atLeastFair()).as(point.date().toString())
				.isCloseTo(100.0 * counts.atLeastFair() / counts.applicableCells(), within(0.05));
			assertThat(point.atLeastGood()).as(point.date().toString())
				.isCloseTo(100.0 * counts.atLeastGood() / counts.applicableCells(), within(0.05));
		}
		assertThat(trajectory.targetEnd().date()).isEqualTo(this.calendar.fullCompliance());
	}

	@Test
	void shouldStopAtTheDateShown() {
		Trajectory trajectory = this.dashboard.trajectory(LocalDate.of(2007, 3, 31));
		assertThat(trajectory.actual().get(trajectory.actual().size() - 1).date()).isEqualTo(LocalDate.of(2007, 3, 31));
		assertThat(trajectory.actual()).as("December 2006 to March 2007").hasSize(4);
		assertThat(trajectory.planned()).as("the plan is shown only as at today").isEmpty();
	}

	@Test
	@Transactional
	void shouldRecountACachedDateWhenHistoryIsAddedBeforeIt() {
		LocalDate date = LocalDate.of(2007, 6, 30);
		LevelCounts before = this.dashboard.compliance(date).overall();
		assertThat(this.jdbc.queryForObject("select count(*) from compliance_snapshot_moment", Long.class))
			.isPositive();
		this.jdbc.update("""
				insert into assessment_history (assessment_id, kind, changed_at, changed_by, reason, level, applicable,
				                                version)
				select a.id, 'LEVEL', timestamptz '2007-05-01 10:00+01', 'test', 'Late entry', 'EXCELLENT', true, 99
				from assessment a
				where a.id in (select l.assessment_id
				               from (select distinct on (assessment_id) assessment_id, changed_at, level, applicable
				                     from assessment_history where changed_at < timestamptz '2007-07-01'
				                     order by assessment_id, changed_at desc, id desc) l
				               where l.changed_at < timestamptz '2007-05-01' and l.applicable and l.level <> 'EXCELLENT'
				               order by l.assessment_id limit 3)
				""");
		LevelCounts after = this.dashboard.compliance(date).overall();
		assertThat(after).isEqualTo(recount(date));
		assertThat(after.excellent()).isEqualTo(before.excellent() + 3);
		assertThat(this.dashboard.compliance(LocalDate.of(2007, 3, 31)).overall())
			.isEqualTo(recount(LocalDate.of(2007, 3, 31)));
	}

	/**
	 * Eight users asking at once for the same past dates, none cached: each gets the
	 * recount, and each moment is stored once.
	 */
	@Test
	void shouldComputeEachMomentOnceUnderConcurrentRequests() throws Exception {
		this.jdbc.update("delete from compliance_snapshot_moment");
		LocalDate date = LocalDate.of(2008, 2, 29);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<Trajectory>> answers = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return this.dashboard.trajectory(date);
			}));
		}
		start.countDown();
		List<Trajectory> trajectories = new java.util.ArrayList<>();
		for (java.util.concurrent.Future<Trajectory> answer : answers) {
			trajectories.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
		}
		pool.shutdown();
		for (Trajectory trajectory : trajectories) {
			assertThat(trajectory.actual()).isEqualTo(trajectories.get(0).actual());
		}
		LevelCounts counts = recount(date);
		Trajectory.Point last = trajectories.get(0).actual().get(trajectories.get(0).actual().size() - 1);
		assertThat(last.applicable()).isEqualTo(counts.applicableCells());
		assertThat(this.jdbc.queryForObject("""
				select count(*) from compliance_snapshot_moment
				where moment <= timestamptz '2008-03-01 00:00:00+00'
				""", Integer.class)).as("month ends from December 2006 to January 2008, and the date itself")
			.isEqualTo(15);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from (select moment, area_code, section_code, level, applicable
				                      from compliance_snapshot group by 1, 2, 3, 4, 5 having count(*) > 1) twice
				""", Integer.class)).isZero();
	}

	@Test
	void shouldFillTheCacheWhenWarmedUp() {
		this.jdbc.update("delete from compliance_snapshot_moment");
		int points = new TrajectoryWarmUp(this.dashboard).run();
		assertThat(points).isEqualTo(this.dashboard.trajectory((LocalDate) null).actual().size());
		assertThat(this.jdbc.queryForObject("select count(*) from compliance_snapshot_moment", Integer.class))
			.as("every month end before today")
			.isEqualTo(points - 1);
	}

	@Test
	void shouldPlanFromTodayWithTheOpenMilestonesTracedAssessments() {
		Trajectory trajectory = this.dashboard.trajectory((LocalDate) null);
		List<Trajectory.Point> planned = trajectory.planned();
		Trajectory.Point now = trajectory.actual().get(trajectory.actual().size() - 1);
		assertThat(planned.get(0)).isEqualTo(now);
		assertThat(trajectory.plannedAtDeadline().date()).isEqualTo(this.calendar.fullCompliance());
		for (int i = 1; i < planned.size(); i++) {
			assertThat(planned.get(i).atLeastGood()).isGreaterThanOrEqualTo(planned.get(i - 1).atLeastGood());
		}
		for (Trajectory.Point point : planned.subList(1, planned.size())) {
			assertThat(point.atLeastGood()).as(point.date().toString())
				.isCloseTo(plannedShare(point.date(), "GOOD"), within(0.05));
			assertThat(point.atLeastFair()).as(point.date().toString())
				.isCloseTo(plannedShare(point.date(), "FAIR"), within(0.05));
		}
		assertThat(trajectory.plannedAtDeadline().atLeastGood()).isGreaterThan(now.atLeastGood());
		assertThat(trajectory.deliveriesAfterDeadline()).isEqualTo(this.jdbc.queryForObject("""
				select count(*) from milestone_delivery d join milestone m on m.id = d.milestone_id
				join assessment a on a.requirement_code = d.requirement_code
				                 and a.area_code is not distinct from d.area_code
				where m.status = 'PLANNED' and m.forecast_date > date '2010-12-31' and a.applicable
				""", Integer.class));
	}

	/**
	 * The share of applicable assessments at a level or above, if the plan delivers: the
	 * planned milestones forecast by the date, and the milestones achieved within the
	 * grace period whose traced assessments still await their owner's proposal.
	 */
	private double plannedShare(LocalDate date, String level) {
		return this.jdbc.queryForObject("select round(1000.0 * count(*) filter (where greatest(" + RANK
				+ "a.level), coalesce(p.planned, 0)) >= " + RANK + "cast(? as varchar))) / count(*)) / 10.0 " + """
						from assessment a
						left join (select d.requirement_code, d.area_code, max(""" + RANK + """
						d.target_level)) as planned
						           from milestone_delivery d join milestone m on m.id = d.milestone_id
						           where (m.status = 'PLANNED' and m.forecast_date <= ?)
						              or (m.status = 'ACHIEVED' and m.actual_date >= ?)
						           group by d.requirement_code, d.area_code) p
						  on p.requirement_code = a.requirement_code and p.area_code is not distinct from a.area_code
						where a.applicable
						""", Double.class, level, java.sql.Date.valueOf(date),
				java.sql.Date.valueOf(this.calendar.today().minusDays(this.graceDays)));
	}

	private LevelCounts recount(LocalDate date) {
		return LevelCounts.of(this.assessments.states(date).values());
	}

}
