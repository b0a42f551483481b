package uk.police.mopi.dashboard;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.web.cache.PageCache;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.StatementCounter;
import uk.police.mopi.user.NewUser;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboards send a fixed number of SQL statements, however long the history grows,
 * when composed and when served from the page cache.
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

	@Autowired
	private PageCache pages;

	@Test
	void shouldNotGrowWithHistory() throws Exception {
		long[] before = counts();
		List<Long> ids = this.jdbc.queryForList("select id from assessment order by id", Long.class);
		this.jdbc.batchUpdate(
				"""
						insert into assessment_history (assessment_id, kind, changed_at, changed_by, reason, level, applicable, version)
						select a.id, 'COMMENT', timestamptz '2007-01-15', 'test', 'load', a.level, a.applicable, a.version
						from assessment a where a.id = ?
						""",
				ids.stream().map((id) -> new Object[] { id }).toList());
		long[] after = counts();
		assertThat(after).containsExactly(before);
		System.out.printf(
				"SQL statements per page: board dashboard %d (as at a past date %d; %d and %d with nothing cached), "
						+ "area view %d; served from the page cache: board dashboard %d, area view %d%n",
				before[0], before[1], before[2], before[3], before[4], before[5], before[6]);
		// 13 before issue 10; since then one more reads the account again (sessions
		// follow the account) and two more store the new session in PostgreSQL (Spring
		// Session JDBC); issue 13 added one, the data version.
		assertThat(before[0]).isLessThanOrEqualTo(17);
		// Served from the page cache: the account, the data version and the two that
		// store the request's new session.
		assertThat(before[5]).isLessThanOrEqualTo(4);
		assertThat(before[6]).isLessThanOrEqualTo(4);
	}

	@Test
	void shouldNotGrowWithPeople() throws Exception {
		long[] before = counts();
		for (int i = 0; i < 5; i++) {
			this.users.create(new NewUser("owner.count" + i, "Owner " + i, "a-long-enough-password", Role.AREA_OWNER,
					Set.of("CUS", "INT")), "test");
		}
		assertThat(counts()).as("names of sponsors and managers are read in one statement").containsExactly(before);
	}

	/**
	 * Statements for the board dashboard now and as at a past date with the past cached,
	 * the same with nothing cached, and the area view, each composed (the page cache
	 * emptied first); then the board dashboard and the area view served from the page
	 * cache.
	 */
	private long[] counts() throws Exception {
		count("/dashboard");
		long board = composed("/dashboard");
		long boardCached = count("/dashboard");
		long boardAsAt = composed("/dashboard?asAt=2007-03-31");
		this.jdbc.update("delete from compliance_snapshot_moment");
		long boardCold = composed("/dashboard");
		this.jdbc.update("delete from compliance_snapshot_moment");
		long boardAsAtCold = composed("/dashboard?asAt=2007-03-31");
		long area = composed("/dashboard/areas/CUS");
		long areaCached = count("/dashboard/areas/CUS");
		return new long[] { board, boardAsAt, boardCold, boardAsAtCold, area, boardCached, areaCached };
	}

	private long composed(String path) throws Exception {
		this.pages.clear();
		return count(path);
	}

	private long count(String path) throws Exception {
		var board = this.users.loadUserByUsername("board");
		return this.statements.count(() -> this.mvc.perform(get(path).with(user(board))).andExpect(status().isOk()));
	}

}
