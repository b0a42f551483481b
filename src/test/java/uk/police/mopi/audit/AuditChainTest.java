package uk.police.mopi.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chain detects tampering. Each test appends rows, then tampers as the table's owner
 * would (switching the append-only trigger off), all in a transaction that is rolled
 * back, so the shared table stays intact for the other tests.
 */
@PortalTest
@Transactional
class AuditChainTest {

	@Autowired
	private JdbcTemplate jdbc;

	private final List<Long> rows = new ArrayList<>();

	@BeforeEach
	void appendFiveRows() {
		for (int i = 1; i <= 5; i++) {
			this.rows.add(this.jdbc.queryForObject("""
					insert into audit_event (actor, action, outcome, details)
					values ('chain.test', 'test.row', 'SUCCESS', ?) returning id
					""", Long.class, "{\"n\":" + i + "}"));
		}
	}

	@Test
	void shouldFindTheChainIntactAndLinkedRowToRow() {
		assertThat(verify()).containsEntry("broken_id", null).containsEntry("head_id", this.rows.get(4));
		Map<String, Object> third = row(this.rows.get(2));
		assertThat(third.get("prev_hash")).isEqualTo(row(this.rows.get(1)).get("hash"));
		assertThat((String) third.get("hash")).hasSize(64).matches("[0-9a-f]{64}");
	}

	@Test
	void shouldDetectAnEditedRow() {
		tamper("update audit_event set details = '{\"n\":30}' where id = ?", this.rows.get(2));
		assertThat(verify()).containsEntry("broken_id", this.rows.get(2)).containsEntry("problem", "CONTENT");
	}

	@Test
	void shouldDetectAnEditedRowWhoseHashWasRecomputed() {
		tamper("update audit_event set actor = 'someone.else' where id = ?", this.rows.get(2));
		tamper("update audit_event e set hash = audit_event_hash(e) where id = ?", this.rows.get(2));
		assertThat(verify()).containsEntry("broken_id", this.rows.get(3)).containsEntry("problem", "LINK");
	}

	@Test
	void shouldDetectADeletedRow() {
		tamper("delete from audit_event where id = ?", this.rows.get(2));
		assertThat(verify()).containsEntry("broken_id", this.rows.get(3)).containsEntry("problem", "LINK");
	}

	@Test
	void shouldDetectARowInsertedInTheMiddle() {
		long third = this.rows.get(2);
		tamper("update audit_event set id = -id where id > ?", third);
		tamper("update audit_event set id = -id + 1 where id < ?", 0);
		this.jdbc.execute("alter table audit_event disable trigger audit_event_chain");
		this.jdbc.update(
				"""
						insert into audit_event (id, at, actor, action, outcome, details, prev_hash, hash)
						select ? , clock_timestamp(), 'forger', 'test.row', 'SUCCESS', '{}', hash, '' from audit_event where id = ?
						""",
				third + 1, third);
		tamper("update audit_event e set hash = audit_event_hash(e) where id = ?", third + 1);
		assertThat(verify()).as("the forged row is consistent, the one after it is not")
			.containsEntry("broken_id", third + 2);
	}

	@Test
	void shouldRefuseUpdateDeleteAndTruncate() {
		for (String statement : new String[] { "update audit_event set actor = 'x' where id = " + this.rows.get(0),
				"delete from audit_event where id = " + this.rows.get(0), "truncate audit_event" }) {
			this.jdbc.execute("savepoint refused");
			assertThatThrownBy(() -> this.jdbc.execute(statement)).isInstanceOf(DataAccessException.class)
				.hasStackTraceContaining("append-only");
			this.jdbc.execute("rollback to savepoint refused");
		}
		assertThat(verify()).containsEntry("broken_id", null);
	}

	private void tamper(String sql, Object... args) {
		this.jdbc.execute("alter table audit_event disable trigger audit_event_append_only");
		this.jdbc.update(sql, args);
	}

	private Map<String, Object> verify() {
		return this.jdbc.queryForMap("select * from audit_event_verify()");
	}

	private Map<String, Object> row(long id) {
		return this.jdbc.queryForMap("select * from audit_event where id = ?", id);
	}

}
