package uk.police.mopi.shared.web.cache;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data version (V28, V30) changes with every changing statement as the changing
 * transaction sees it, changes for everyone else only when the transaction commits, and
 * costs one update of its row per transaction, however many statements the transaction
 * makes (it was one per statement, and PostgreSQL's cost of that grew with the square of
 * the statements).
 */
@PortalTest
class DataVersionTest {

	private static final String RENAME = "update business_area set name = name where code = 'CUS'";

	@Autowired
	private DataVersion version;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	/**
	 * Outside a web request, so that each call reads the database (in a request the
	 * version is read once).
	 */
	@BeforeEach
	void outsideARequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void shouldStepWithEachStatementInsideTheTransactionAndOnceForOthersAtCommit() {
		long before = this.version.current();
		List<Long> inside = new ArrayList<>();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			inside.add(this.version.current());
			for (int statement = 0; statement < 3; statement++) {
				this.jdbc.update(RENAME);
				inside.add(this.version.current());
			}
		});
		long after = this.version.current();
		assertThat(inside.get(0)).as("before the first change").isEqualTo(before);
		assertThat(inside.subList(1, 4)).as("after each change, inside the transaction")
			.doesNotHaveDuplicates()
			.isSorted()
			.allMatch((number) -> number > before);
		assertThat(after).as("after the commit").isGreaterThan(before).isNotIn(inside);
	}

	@Test
	void shouldUpdateTheRowOncePerTransaction() {
		Long updates = new TransactionTemplate(this.transactions).execute((status) -> {
			for (int statement = 0; statement < 200; statement++) {
				this.jdbc.update(RENAME);
			}
			return this.jdbc.queryForObject(
					"select n_tup_upd from pg_stat_xact_user_tables where relname = 'data_version'", Long.class);
		});
		assertThat(updates).isEqualTo(1);
	}

	@Test
	void shouldTakeBackTheStepsOfARolledBackSavepoint() {
		long before = this.version.current();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.execute("savepoint before_the_change");
			this.jdbc.update(RENAME);
			assertThat(this.version.current()).isGreaterThan(before);
			this.jdbc.execute("rollback to savepoint before_the_change");
			assertThat(this.version.current()).as("the change taken back").isEqualTo(before);
			status.setRollbackOnly();
		});
		assertThat(this.version.current()).isEqualTo(before);
	}

}
