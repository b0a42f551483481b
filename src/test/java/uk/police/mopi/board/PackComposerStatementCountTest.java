package uk.police.mopi.board;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Composing a pack's figures sends a fixed number of SQL statements, however long the
 * history grows and however many packs were published before.
 */
@PortalTest
@Transactional
class PackComposerStatementCountTest {

	@Autowired
	private PackComposer composer;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldNotGrowWithHistory() throws Exception {
		long today = count(null);
		long past = count(LocalDate.of(2007, 9, 24));
		List<Long> ids = this.jdbc.queryForList("select id from assessment order by id", Long.class);
		this.jdbc.batchUpdate(
				"""
						insert into assessment_history (assessment_id, kind, changed_at, changed_by, reason, level, applicable, version)
						select a.id, 'COMMENT', timestamptz '2007-01-15', 'test', 'load', a.level, a.applicable, a.version
						from assessment a where a.id = ?
						""",
				ids.stream().map((id) -> new Object[] { id }).toList());
		this.jdbc.update("delete from compliance_snapshot_moment");
		count(null);
		count(LocalDate.of(2007, 9, 24));
		assertThat(count(null)).isEqualTo(today);
		assertThat(count(LocalDate.of(2007, 9, 24))).isEqualTo(past);
		System.out.printf("SQL statements to compose a pack: %d as at today, %d as at a past date%n", today, past);
		assertThat(today).isLessThanOrEqualTo(40);
	}

	private long count(LocalDate asAt) throws Exception {
		return this.statements.count(() -> this.composer.compose(asAt, null, null));
	}

}
