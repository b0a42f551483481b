package uk.police.mopi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.web.cache.PageCache;
import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An export reads its rows in a fixed number of SQL statements: as many for every row as
 * for a narrow filter, as many in Excel as in CSV, and never more than its page.
 */
@PortalTest
@Transactional
class ExportStatementCountTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private Accounts accounts;

	@Autowired
	private PageCache pages;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/assessments/export             | section=RRD&area=CUS         | /assessments
			/dashboard/cells/export         | area=CUS&level=GOOD          | /dashboard/cells
			/projects/unplanned-gaps/export | area=CUS                     | /projects/unplanned-gaps
			/assessments/compare/export     | area=CUS                     | /assessments/compare
			/milestones/export              | progress=ACHIEVED            | /milestones
			/projects/export                | rag=RED                      | /projects
			/budget/export                  | year=2007/08                 | /budget?year=all
			/admin/audit/export             | who=nobody.at.all            | /admin/audit
			""")
	void shouldReadEveryRowInAsManyStatementsAsAFewRows(String export, String narrow, String page) throws Exception {
		// Once first, uncounted: read models kept per data version (PageCache.readModel)
		// are
		// composed by whichever request comes first, and the three counts compare the
		// export's own statements.
		count(export);
		long everything = count(export);
		long few = count(export + "?" + narrow);
		long excel = count(export + "?format=xlsx");
		System.out.printf("SQL statements: %s %d (%s %d), Excel %d, page %d%n", export, everything, narrow, few, excel,
				composed(page));
		assertThat(everything).as("every row").isEqualTo(few);
		assertThat(excel).as("Excel").isEqualTo(everything);
		assertThat(everything).as("no more than the page").isLessThanOrEqualTo(composed(page));
	}

	/** Statements for a page composed anew (a cached page, the matrix, sends fewer). */
	private long composed(String path) throws Exception {
		this.pages.clear();
		return count(path);
	}

	private long count(String path) throws Exception {
		var admin = this.accounts.admin();
		return this.statements.count(() -> this.mvc.perform(get(path).with(user(admin))).andExpect(status().isOk()));
	}

}
