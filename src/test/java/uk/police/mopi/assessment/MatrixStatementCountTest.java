package uk.police.mopi.assessment;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.web.cache.PageCache;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.StatementCounter;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matrix and an assessment's page send a fixed number of SQL statements, however many
 * cells they show and however long the history grows.
 */
@PortalTest
@Transactional
class MatrixStatementCountTest {

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
	void shouldNotGrowWithCellsOrHistory() throws Exception {
		long oneSectionOneArea = count("/assessments?section=RRD&area=CUS");
		long everything = count("/assessments");
		long asAt = count("/assessments?asAt=2007-03-31");
		long oneCell = count("/assessments/RRD-07/CUS");

		addHistory(5_000);

		assertThat(count("/assessments")).isEqualTo(everything);
		assertThat(count("/assessments?asAt=2007-03-31")).isEqualTo(asAt);
		assertThat(count("/assessments/RRD-07/CUS")).isEqualTo(oneCell);
		System.out.printf("SQL statements per page: matrix %d (one section and area %d), as at %d, one assessment %d%n",
				everything, oneSectionOneArea, asAt, oneCell);
		// 8 before issue 10, and one more since every request reads the account again
		// (sessions follow the account); one more since issue 13 (the data version)
		assertThat(everything).isEqualTo(oneSectionOneArea).isLessThanOrEqualTo(10);
		var pmo = this.users.loadUserByUsername("pmo");
		count("/assessments");
		long cached = this.statements
			.count(() -> this.mvc.perform(get("/assessments").with(user(pmo))).andExpect(status().isOk()));
		assertThat(cached).as("served from the page cache: the account, the data version and the test's new session")
			.isLessThanOrEqualTo(4);
		assertThat(asAt).isEqualTo(everything);
		assertThat(oneCell).isLessThanOrEqualTo(10);
	}

	/** Statements for a page composed anew (the page cache emptied first). */
	private long count(String path) throws Exception {
		this.pages.clear();
		var pmo = this.users.loadUserByUsername("pmo");
		return this.statements.count(() -> this.mvc.perform(get(path).with(user(pmo))).andExpect(status().isOk()));
	}

	/** Appends comments spread over every assessment, RRD-07 in Custody among them. */
	private void addHistory(int rows) {
		List<Long> ids = this.jdbc.queryForList("select id from assessment order by id", Long.class);
		long custody = this.jdbc.queryForObject(
				"select id from assessment where requirement_code = 'RRD-07' and area_code = 'CUS'", Long.class);
		this.jdbc.batchUpdate(
				"""
						insert into assessment_history (assessment_id, kind, changed_at, changed_by, reason, level, applicable, version)
						select a.id, 'COMMENT', now(), 'test', 'load', a.level, a.applicable, a.version from assessment a where a.id = ?
						""",
				java.util.stream.IntStream.range(0, rows)
					.mapToObj((i) -> new Object[] { (i % 10 == 0) ? custody : ids.get(i % ids.size()) })
					.toList());
	}

}
