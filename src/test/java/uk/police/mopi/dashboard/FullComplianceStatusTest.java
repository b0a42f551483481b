package uk.police.mopi.dashboard;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.programme.Rag;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The status of "Full compliance" is derived from the plan and the forecast: never "On
 * track" while the plan falls short of 100% by the deadline, and it changes when the plan
 * does.
 */
@PortalTest
@Transactional
class FullComplianceStatusTest {

	@Autowired
	private ProgrammeOutlook outlook;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private ProgrammeCalendar calendar;

	@Test
	void shouldBeRedAndNotOnTrackWhileThePlanReachesLessThanFullCompliance() throws Exception {
		ComplianceOutlook now = this.outlook.outlook();
		assertThat(now.plannedGood()).isLessThan(100);
		assertThat(now.status()).isEqualTo(Rag.RED);

		String home = this.mvc.perform(get("/").with(user(this.accounts.programmeTeam())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String fullCompliance = home.substring(home.indexOf("id=\"home-full-compliance\""));
		fullCompliance = fullCompliance.substring(0, fullCompliance.indexOf("</td>"));
		assertThat(fullCompliance).contains("Red").doesNotContain("On track");
		assertThat(home).contains("Programme delivery confidence:");

		String api = this.mvc.perform(get("/api/v1/milestones").with(user(this.accounts.board())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String full = api.substring(api.indexOf("\"code\":\"HO-2010-FULL\""));
		full = full.substring(0, full.indexOf('}'));
		assertThat(full).contains("\"progress\":\"FROM_FIGURES\"").doesNotContain("ON_TRACK");
	}

	@Test
	void shouldChangeWhenThePlanRaisesEveryRemainingGapBeforeTheDeadline() {
		assertThat(this.outlook.outlook().status()).isEqualTo(Rag.RED);
		long milestone = this.jdbc.queryForObject("""
				select id from milestone
				where kind = 'PROJECT' and status = 'PLANNED' and forecast_date > ? and forecast_date <= ?
				order by forecast_date, code limit 1
				""", Long.class, this.calendar.today(), this.calendar.fullCompliance());
		this.jdbc.update("delete from milestone_delivery where milestone_id = ?", milestone);
		int traced = this.jdbc.update("""
				insert into milestone_delivery (milestone_id, requirement_code, area_code, target_level)
				select ?, requirement_code, area_code, 'GOOD' from assessment
				where applicable and level in ('NOT_ASSESSED', 'NOT_MET', 'FAIR')
				""", milestone);
		assertThat(traced).isPositive();

		ComplianceOutlook planned = this.outlook.outlook();
		assertThat(planned.plannedGood()).isEqualTo(100.0);
		assertThat(planned.status()).isNotEqualTo(Rag.RED);
		boolean trendInTime = planned.forecastGood() != null
				&& !planned.forecastGood().isAfter(this.calendar.fullCompliance());
		assertThat(planned.status()).isEqualTo(trendInTime ? Rag.GREEN : Rag.AMBER);
	}

}
