package uk.police.mopi.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.board.DecisionView.Revisit;
import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.programme.MilestoneStatus;
import uk.police.mopi.programme.MilestoneView;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's register: every demo decision on the meeting of its date, idempotently; once
 * the meeting of 24 September 2007 has a published pack (as the packs' demo publishes
 * it), exactly the decisions funding a project that has slipped past the deadline since
 * then are to be revisited for it.
 */
@PortalTest
@Transactional
class DecisionsDemoDataTest {

	private static final LocalDate FULL_BUSINESS_CASE = LocalDate.of(2007, 9, 24);

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private DecisionsDemoData demo;

	@Autowired
	private DecisionRegister register;

	@Autowired
	private ProgrammeService programme;

	@Autowired
	private FinanceService finance;

	@Autowired
	private ProgrammeCalendar calendar;

	@Test
	void shouldPutEveryDemoDecisionOnTheMeetingOfItsDateOnceOnly() throws Exception {
		this.demo.run(null);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from board_decision d join board_meeting m on m.id = d.meeting_id
				where m.meeting_date = d.decided_on
				""", Integer.class))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from board_decision", Integer.class));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from board_meeting group by meeting_date order by count(*) desc limit 1",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void shouldMarkExactlyTheDecisionsWhoseFundedProjectsSlippedPastTheDeadlineSinceTheirPack() throws Exception {
		long meeting = this.jdbc.queryForObject("select distinct meeting_id from board_decision where decided_on = ?",
				Long.class, FULL_BUSINESS_CASE);
		List<MilestoneView> then = this.programme.allMilestones(FULL_BUSINESS_CASE);
		new StoredPacks(this.jdbc, this.json).published(meeting, StoredPacks.figures(FULL_BUSINESS_CASE,
				this.calendar.fullCompliance(), null, this.programme.projects(), then, this.finance.totals(null)));
		this.demo.run(null);

		Set<String> lateNow = late(this.programme.allMilestones(null));
		Set<String> lateThen = late(then);
		List<DecisionView> decisions = this.register.decisions(null, meeting);
		assertThat(decisions).isNotEmpty().allMatch((d) -> d.packId() != null);
		for (DecisionView d : decisions) {
			Set<String> slipped = d.projects()
				.stream()
				.filter((p) -> lateNow.contains(p) && !lateThen.contains(p))
				.collect(Collectors.toSet());
			assertThat(d.reasons()
				.stream()
				.filter((r) -> r.code().equals(Revisit.MILESTONE_AFTER_DEADLINE))
				.map(Revisit::subject)
				.collect(Collectors.toSet())).as(d.businessCase()).isEqualTo(slipped);
			assertThat(d.toBeRevisited()).isEqualTo(!d.reasons().isEmpty());
		}
		System.out.printf("Demo decisions of %s: %d, to be revisited %d (projects slipped past the deadline: %s)%n",
				FULL_BUSINESS_CASE, decisions.size(), decisions.stream().filter(DecisionView::toBeRevisited).count(),
				lateNow.stream().filter((p) -> !lateThen.contains(p)).sorted().toList());
	}

	private Set<String> late(List<MilestoneView> milestones) {
		return milestones.stream()
			.filter((m) -> m.projectCode() != null && m.status() != MilestoneStatus.ACHIEVED
					&& m.forecastDate().isAfter(this.calendar.fullCompliance()))
			.map(MilestoneView::projectCode)
			.collect(Collectors.toSet());
	}

}
