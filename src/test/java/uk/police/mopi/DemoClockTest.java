package uk.police.mopi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.support.DemoAccounts;
import uk.police.mopi.support.OwnDemoDatabase;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo follows its clock: started on 30 June 2009 ({@code MOPI_DEMO_CLOCK_TODAY}),
 * assessments, projects, milestones and budgets all agree about that date: nothing is
 * recorded, achieved, decided or spent after it, and the current financial year is
 * 2009/10. Counted from the raw tables of a database of its own, not through the services
 * that wrote them.
 */
@SpringBootTest(properties = { "mopi.demo-data.enabled=true", "mopi.demo-clock.today=2009-06-30" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = OwnDemoDatabase.class)
@DirtiesContext
class DemoClockTest {

	private static final LocalDate TODAY = LocalDate.parse("2009-06-30");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ProgrammeCalendar calendar;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private UserService users;

	@Test
	void shouldStartTheDemoOnTheConfiguredDayInItsOwnDatabase() {
		assertThat(this.calendar.today()).isEqualTo(TODAY);
		assertThat(this.jdbc.queryForObject("select current_database()", String.class)).isEqualTo(OwnDemoDatabase.NAME);
	}

	@Test
	void shouldRecordNoAssessmentChangeAfterToday() {
		assertThat(count("select count(*) from assessment")).isEqualTo(2993);
		assertThat(count("select count(*) from assessment_history where changed_at >= ?", endOfToday())).isZero();
		assertThat(count("select count(*) from assessment where updated_at >= ? or created_at >= ?", endOfToday(),
				endOfToday()))
			.isZero();
		assertThat(count("select count(*) from assessment_history where changed_at >= ?", threeMonthsAgo()))
			.as("assessments reviewed in the months before today")
			.isPositive();
	}

	@Test
	void shouldAchieveAndRecordNoMilestoneOrProjectChangeAfterToday() {
		assertThat(count("select count(*) from project")).isEqualTo(40);
		assertThat(count("select count(*) from milestone")).isEqualTo(125);
		assertThat(count("select count(*) from milestone where actual_date > ?", TODAY)).isZero();
		assertThat(count("select count(*) from milestone where status <> 'PLANNED' and forecast_date > ?", TODAY))
			.as("no milestone achieved or missed before its forecast date has come")
			.isZero();
		assertThat(count("select count(*) from milestone where status = 'ACHIEVED' and actual_date >= ?",
				TODAY.minusMonths(3)))
			.as("milestones achieved in the months before today")
			.isPositive();
		assertThat(count("select count(*) from milestone_history where changed_at >= ?", endOfToday())).isZero();
		assertThat(count("select count(*) from milestone_history where actual_date > ?", TODAY)).isZero();
		assertThat(count("select count(*) from project_history where changed_at >= ?", endOfToday())).isZero();
		assertThat(count("select count(*) from project where (status = 'CLOSED') <> (end_date < ?)", TODAY)).isZero();
		// The Home Office milestones are reference data: their rows record when the
		// migrations ran.
		assertThat(
				count("select count(*) from milestone where kind = 'PROJECT' and (created_at >= ? or updated_at >= ?)",
						endOfToday(), endOfToday()))
			.isZero();
	}

	@Test
	void shouldAchieveTheHomeOfficeMilestonesByTheirKeyDates() {
		assertThat(
				this.jdbc.queryForList("select code || ' ' || status || ' ' || coalesce(cast(actual_date as text), '-')"
						+ " from milestone where kind = 'HOME_OFFICE' order by baseline_date", String.class))
			.containsExactly("HO-2006-CA ACHIEVED 2006-11-30", "HO-2007-FAIR ACHIEVED 2007-03-29",
					"HO-2007-PLAN ACHIEVED 2007-12-14", "HO-2010-FULL PLANNED -");
	}

	@Test
	void shouldDecideAndSpendNothingAfterToday() {
		assertThat(count("select count(*) from board_decision where decided_on > ?", TODAY)).isZero();
		assertThat(count("select count(*) from board_decision where recorded_at >= ?", endOfToday())).isZero();
		assertThat(count("select count(*) from budget_history where changed_at >= ?", endOfToday())).isZero();
		assertThat(count("select count(*) from budget_line where actual > 0 and financial_year > '2009/10'")).isZero();
		assertThat(count("""
				select count(*) from budget_line b join board_decision d on d.id = b.decision_id
				where b.financial_year = '2008/09' and b.actual = 0 and d.decision = 'APPROVED'
				""")).as("every funded line of the last whole year has spent").isZero();
		BigDecimal approved = this.jdbc.queryForObject(
				"select sum(allocated) from budget_line where financial_year = '2009/10'", BigDecimal.class);
		BigDecimal actual = this.jdbc
			.queryForObject("select sum(actual) from budget_line where financial_year = '2009/10'", BigDecimal.class);
		assertThat(actual.divide(approved, 3, RoundingMode.HALF_UP)).as("April to June of 2009/10")
			.isBetween(new BigDecimal("0.15"), new BigDecimal("0.30"));
	}

	@Test
	void shouldShowTodaysFiguresAndTheCurrentFinancialYear() throws Exception {
		this.mvc.perform(get("/api/v1/dashboard").with(board()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asAt").value("2009-06-30"));
		this.mvc.perform(get("/budget").with(user(this.users.loadUserByUsername(DemoAccounts.BOARD.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Budget lines for 2009/10")));
		JsonNode later = this.json.readTree(this.mvc.perform(get("/api/v1/budget?year=2010/11").with(board()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(later.get("lines").size()).isPositive();
		later.get("lines").forEach((line) -> assertThat(line.get("actual").decimalValue()).isZero());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor board() {
		return httpBasic(DemoAccounts.BOARD.username(), DemoAccounts.PASSWORD);
	}

	private Timestamp endOfToday() {
		return Timestamp.from(this.calendar.endOf(TODAY));
	}

	private Timestamp threeMonthsAgo() {
		return Timestamp.from(this.calendar.endOf(TODAY.minusMonths(3)));
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
