package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import uk.police.mopi.support.DemoAccounts;
import uk.police.mopi.support.TestDatabase;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's money follows {@code MOPI_DEMO_CLOCK_TODAY}: started on 30 June 2009, the
 * Board has decided nothing after that day, nothing is spent in a financial year after
 * 2009/10, 2009/10 has spent only its first three months' share, and the budget page and
 * API take 2009/10 as the current year. The demo loads into a database of its own, since
 * the other tests' database holds the demo of 30 September 2008.
 */
@SpringBootTest(properties = { "mopi.demo-data.enabled=true", "mopi.demo-clock.today=2009-06-30" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DemoClockFinanceTest.OwnDatabase.class)
class DemoClockFinanceTest {

	private static final LocalDate TODAY = LocalDate.parse("2009-06-30");

	private static final String DATABASE = "mopi_demo_clock";

	@Autowired
	private FinanceService finance;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private UserService users;

	@Test
	void shouldRunOnItsOwnDemoDatabase() {
		assertThat(this.jdbc.queryForObject("select current_database()", String.class)).isEqualTo(DATABASE);
		assertThat(this.finance.currentYear().label()).isEqualTo("2009/10");
	}

	@Test
	void shouldRecordNoBoardDecisionAfterToday() {
		List<BoardDecisionView> decisions = this.finance.decisions(null);
		assertThat(decisions).isNotEmpty().allSatisfy((d) -> assertThat(d.decidedOn()).isBeforeOrEqualTo(TODAY));
		assertThat(this.jdbc.queryForObject("select count(*) from board_decision where decided_on > ?", Long.class,
				java.sql.Date.valueOf(TODAY)))
			.isZero();
	}

	@Test
	void shouldSpendNothingInLaterYearsAndOnlyThreeMonthsOf2009() {
		List<YearTotals> totals = this.finance.totals(null);
		assertThat(totals).extracting(YearTotals::financialYear).contains("2008/09", "2009/10", "2010/11");
		for (YearTotals year : totals) {
			if (FinancialYear.parse(year.financialYear()).startYear() > 2009) {
				assertThat(year.actual()).as(year.financialYear()).isZero();
			}
		}
		assertThat(this.finance.lines("2010/11", null)).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.actual()).isZero());
		assertThat(this.finance.lines("2008/09", null)).allSatisfy((line) -> assertThat(line.actual()).isPositive());
		YearTotals current = this.finance.totals("2009/10").get(0);
		BigDecimal share = current.actual().divide(current.approved(), 3, java.math.RoundingMode.HALF_UP);
		assertThat(share).as("April to June of 2009/10").isBetween(new BigDecimal("0.15"), new BigDecimal("0.30"));
	}

	@Test
	void shouldTake2009To10AsTheCurrentYearOnTheBudgetPageAndApi() throws Exception {
		this.mvc.perform(get("/budget").with(user(this.users.loadUserByUsername("board"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Budget lines for 2009/10")));
		JsonNode budget = this.json.readTree(
				this.mvc.perform(get("/api/v1/budget?year=2009/10").with(httpBasic("board", DemoAccounts.PASSWORD)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(budget.get("year").asString()).isEqualTo("2009/10");
		assertThat(budget.get("lines").size()).isPositive();
		for (JsonNode line : this.json
			.readTree(
					this.mvc.perform(get("/api/v1/budget?year=2010/11").with(httpBasic("board", DemoAccounts.PASSWORD)))
						.andReturn()
						.getResponse()
						.getContentAsString())
			.get("lines")) {
			assertThat(line.get("actual").decimalValue()).isZero();
		}
	}

	/**
	 * Points this context at a new, empty database on the tests' PostgreSQL server. Runs
	 * after the initializer that points every context at the shared database, so its
	 * properties come first.
	 */
	static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Map<String, String> connection = TestDatabase.connection();
			String url = connection.getOrDefault("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL"));
			String username = connection.getOrDefault("spring.datasource.username",
					System.getenv("SPRING_DATASOURCE_USERNAME"));
			String password = connection.getOrDefault("spring.datasource.password",
					System.getenv("SPRING_DATASOURCE_PASSWORD"));
			Matcher parts = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$").matcher(url);
			if (!parts.matches()) {
				throw new IllegalStateException("Not a PostgreSQL address: " + url);
			}
			try (Connection db = DriverManager.getConnection(url, username, password);
					Statement sql = db.createStatement()) {
				sql.execute("drop database if exists " + DATABASE + " with (force)");
				sql.execute("create database " + DATABASE);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot create the demo clock's database", ex);
			}
			TestPropertyValues
				.of("spring.datasource.url=" + parts.group(1) + DATABASE + parts.group(3),
						"spring.datasource.username=" + username,
						"spring.datasource.password=" + ((password != null) ? password : ""))
				.applyTo(context.getEnvironment(), TestPropertyValues.Type.MAP, "demoClockDatabase");
		}

	}

}
