package uk.police.mopi.dashboard;

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
 * The dashboards send a fixed number of SQL statements, however long the history grows.
 */
@PortalTest
@Transactional
class DashboardStatementCountTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private UserService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldNotGrowWithHistory() throws Exception {
		long board = count("/dashboard");
		long boardAsAt = count("/dashboard?asAt=2007-03-31");
		long area = count("/dashboard/areas/CUS");
		List<Long> ids = this.jdbc.queryForList("select id from assessment order by id", Long.class);
		this.jdbc.batchUpdate(
				"""
						insert into assessment_history (assessment_id, kind, changed_at, changed_by, reason, level, applicable, version)
						select a.id, 'COMMENT', timestamptz '2007-01-15', 'test', 'load', a.level, a.applicable, a.version
						from assessment a where a.id = ?
						""",
				ids.stream().map((id) -> new Object[] { id }).toList());
		assertThat(count("/dashboard")).isEqualTo(board);
		assertThat(count("/dashboard?asAt=2007-03-31")).isEqualTo(boardAsAt);
		assertThat(count("/dashboard/areas/CUS")).isEqualTo(area);
		System.out.printf("SQL statements per page: board dashboard %d (as at a past date %d), area view %d%n", board,
				boardAsAt, area);
		assertThat(board).isLessThanOrEqualTo(12);
	}

	private long count(String path) throws Exception {
		var board = this.users.loadUserByUsername("board");
		return this.statements.count(() -> this.mvc.perform(get(path).with(user(board))).andExpect(status().isOk()));
	}

}
