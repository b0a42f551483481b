package uk.police.mopi.programme;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import uk.police.mopi.shared.ProgrammeCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme's demo follows the demo clock: started on 30 June 2009 it achieves, dates
 * and records nothing after that day, and tells the same story against the Home Office
 * key dates. Its own database (the demo loads once per database) and its own context,
 * closed after.
 */
@SpringBootTest(properties = { "mopi.demo-data.enabled=true", "mopi.demo-clock.today=2009-06-30" })
@ContextConfiguration(initializers = ProgrammeDemoClockTest.FreshDatabase.class)
@DirtiesContext
class ProgrammeDemoClockTest {

	private static final LocalDate TODAY = LocalDate.of(2009, 6, 30);

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ProgrammeCalendar calendar;

	@Test
	void shouldDateNothingAfterTheDemoClocksToday() {
		assertThat(this.calendar.today()).isEqualTo(TODAY);
		Timestamp endOfToday = Timestamp.from(this.calendar.endOf(TODAY));
		assertThat(count("select count(*) from project")).isEqualTo(40);
		assertThat(count("select count(*) from milestone")).isEqualTo(125);
		assertThat(count("select count(*) from milestone where actual_date > ?", TODAY)).isZero();
		assertThat(count("select count(*) from milestone where status = 'ACHIEVED' and actual_date > ?", TODAY))
			.isZero();
		assertThat(count("select count(*) from milestone where status <> 'PLANNED' and forecast_date >= ?", TODAY))
			.isZero();
		assertThat(count("select count(*) from milestone_history where changed_at >= ?", endOfToday)).isZero();
		assertThat(count("select count(*) from milestone_history where actual_date > ?", TODAY)).isZero();
		assertThat(count("select count(*) from project_history where changed_at >= ?", endOfToday)).isZero();
		// The Home Office milestones are reference data: their rows record when the
		// migrations ran.
		assertThat(
				count("select count(*) from milestone where kind = 'PROJECT' and (created_at >= ? or updated_at >= ?)",
						endOfToday, endOfToday))
			.isZero();
		assertThat(count("select count(*) from project where (status = 'CLOSED') <> (end_date < ?)", TODAY)).isZero();
		assertThat(count("select count(*) from project where end_date > ?", this.calendar.fullCompliance())).isZero();
	}

	@Test
	void shouldAchieveTheHomeOfficeMilestonesByTheirKeyDates() {
		assertThat(
				this.jdbc.queryForList("select code || ' ' || status || ' ' || coalesce(cast(actual_date as text), '-')"
						+ " from milestone where kind = 'HOME_OFFICE' order by baseline_date", String.class))
			.containsExactly("HO-2006-CA ACHIEVED " + this.calendar.capabilityAssessment().minusMonths(1),
					"HO-2007-FAIR ACHIEVED 2007-03-29", "HO-2007-PLAN ACHIEVED 2007-12-14", "HO-2010-FULL PLANNED -");
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	/**
	 * A database of its own on the tests' PostgreSQL server, so the demo is generated for
	 * this test's today.
	 */
	static class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		private static final String NAME = "mopi_demo_clock";

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Environment environment = context.getEnvironment();
			String url = environment.getRequiredProperty("spring.datasource.url");
			try (Connection connection = DriverManager.getConnection(url,
					environment.getProperty("spring.datasource.username"),
					environment.getProperty("spring.datasource.password"));
					Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + NAME);
				statement.execute("create database " + NAME);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot create the test database " + NAME, ex);
			}
			TestPropertyValues.of("spring.datasource.url=" + url.replaceFirst("/[^/?]+(\\?|$)", "/" + NAME + "$1"))
				.applyTo(context);
		}

	}

}
