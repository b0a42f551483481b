package uk.police.mopi.returns;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.StatementCounter;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The return is read in a fixed number of statements: they do not grow with the history
 * rows or the evidence.
 */
@PortalTest
@Transactional
class ReturnStatementCountTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private UserService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldNotGrowWithHistoryOrEvidence() throws Exception {
		long[] before = counts();
		List<Long> ids = this.jdbc.queryForList("select id from assessment order by id", Long.class);
		this.jdbc.batchUpdate(
				"""
						insert into assessment_history (assessment_id, kind, changed_at, changed_by, reason, level, applicable, version)
						select a.id, 'COMMENT', timestamptz '2007-01-15', 'test', 'load', a.level, a.applicable, a.version
						from assessment a where a.id = ?
						""",
				ids.stream().map((id) -> new Object[] { id }).toList());
		this.jdbc.update("""
				insert into assessment_evidence (assessment_id, title, reference, added_by, added_at)
				select id, 'Loaded', 'ref', 'test', timestamptz '2007-01-15' from assessment
				""");
		assertThat(counts()).containsExactly(before);
		System.out.printf("SQL statements: return page %d, JSON %d, CSV %d%n", before[0], before[1], before[2]);
		assertThat(before[0]).isLessThanOrEqualTo(8);
		assertThat(before[1]).isLessThanOrEqualTo(8);
		assertThat(before[2]).isLessThanOrEqualTo(8);
	}

	private long[] counts() throws Exception {
		count("/returns/home-office?asAt=2007-03-31");
		return new long[] { count("/returns/home-office?asAt=2007-03-31"),
				count("/returns/home-office/download?asAt=2007-03-31&format=json"),
				count("/returns/home-office/download?asAt=2007-03-31&format=csv&table=areas") };
	}

	private long count(String path) throws Exception {
		var board = this.users.loadUserByUsername("board");
		return this.statements.count(() -> this.mvc.perform(get(path).with(user(board))).andExpect(status().isOk()));
	}

}
