package uk.police.mopi;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What each role found hard on the demo, made easy (issue 11, part 8): titles beside
 * codes, history in words, links between requirement, assessment, area and milestone,
 * long lists in pages with an export of every row, a bulk update previewed before it is
 * applied, and an accessibility statement anyone can read.
 */
@PortalTest
@Transactional
class UsabilityPagesTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldLinkAnAssessmentToTheMilestoneThatRaisesIt() throws Exception {
		Map<String, Object> traced = this.jdbc
			.sql("""
					select d.requirement_code, d.area_code, m.code as milestone, p.code as project
					from milestone_delivery d join milestone m on m.id = d.milestone_id join project p on p.id = m.project_id
					where d.area_code is not null order by d.id limit 1
					""")
			.query()
			.singleRow();
		String html = page(this.accounts.board(),
				"/assessments/" + traced.get("requirement_code") + "/" + traced.get("area_code"));
		assertThat(html).contains("href=\"/projects/" + traced.get("project") + "#milestone-" + traced.get("milestone")
				+ "\">" + traced.get("milestone") + ": ");
	}

	@Test
	void shouldWordTheHistoryNotNameTheEnum() throws Exception {
		Map<String, Object> changed = this.jdbc.sql("""
				select a.requirement_code, coalesce(a.area_code, 'FORCE') as area
				from assessment_history h join assessment a on a.id = h.assessment_id
				where h.kind = 'LEVEL' and h.from_value = 'NOT_MET' and h.to_value = 'FAIR' order by h.id limit 1
				""").query().singleRow();
		String html = page(this.accounts.programmeTeam(),
				"/assessments/" + changed.get("requirement_code") + "/" + changed.get("area"));
		String history = html.substring(html.indexOf("id=\"history\""));
		assertThat(history).contains(": Not met to Fair").doesNotContain("NOT_MET", "_BY", "→");
	}

	@Test
	void shouldLinkARequirementToTheAssessmentsTheViewerMayRead() throws Exception {
		String owner = page(this.accounts.owner(), "/catalogue/requirements/RRD-07");
		assertThat(owner).contains("href=\"/assessments/RRD-07/CUS\"")
			.doesNotContain("href=\"/assessments/RRD-07/MIS\"");
		String board = page(this.accounts.board(), "/catalogue/requirements/RRD-07");
		assertThat(board).contains("href=\"/assessments/RRD-07/CUS\"", "href=\"/assessments/RRD-07/MIS\"");
	}

	@Test
	void shouldLinkEachBusinessAreaToItsViewWhereTheViewerMayReadIt() throws Exception {
		String owner = page(this.accounts.owner(), "/business-areas");
		assertThat(owner).contains("href=\"/dashboard/areas/CUS\"").doesNotContain("href=\"/dashboard/areas/MIS\"");
		String board = page(this.accounts.board(), "/business-areas");
		assertThat(board).contains("href=\"/dashboard/areas/CUS\"", "href=\"/dashboard/areas/MIS\"");
	}

	@Test
	void shouldShowRequirementTitlesBesideCodesInGapListsTheMatrixAndCompare() throws Exception {
		Map<String, String> titles = new java.util.HashMap<>();
		this.jdbc.sql("select code, title from requirement")
			.query((rs, n) -> titles.put(rs.getString("code"),
					rs.getString("title").replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;")))
			.list();
		Pattern besideItsCode = Pattern.compile(
				">([A-Z]{2,6}-\\d{2,3})(?: / [A-Z]+)?</a>\\s*<span class=\"(?:govuk-body-s )?portal-requirement-title\">([^<]*)</span>");
		for (String path : new String[] { "/assessments?section=RRD", "/assessments/compare?area=CUS",
				"/dashboard/areas/CUS", "/projects/unplanned-gaps?area=CUS", "/dashboard/cells?area=CUS&level=FAIR" }) {
			Matcher rows = besideItsCode.matcher(page(this.accounts.programmeTeam(), path));
			int found = 0;
			while (rows.find()) {
				assertThat(rows.group(2)).as(path + " " + rows.group(1)).isEqualTo(titles.get(rows.group(1)));
				found++;
			}
			assertThat(found).as(path).isPositive();
		}
	}

	@Test
	void shouldCompareOneAreaInPagesAndExportEveryChange() throws Exception {
		String all = page(this.accounts.board(), "/assessments/compare");
		int total = count(all, "id=\"compare-export\"[^>]*>Download these ([\\d,]+) changes as CSV");
		assertThat(total).as("changes since the baseline in the demo").isGreaterThan(100);
		assertThat(rows(all)).isEqualTo(100);
		assertThat(all).contains("Showing 1 to 100 of " + String.format("%,d", total), "rel=\"next\"");
		String csv = this.mvc.perform(get("/assessments/compare/export").with(user(this.accounts.board())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")).as("a header and every change").hasSize(total + 1);
		String custody = page(this.accounts.board(), "/assessments/compare?area=CUS");
		assertThat(custody).contains("<option value=\"CUS\" selected=\"selected\">");
		Matcher areas = Pattern.compile(
				"<td class=\"govuk-table__cell\">([A-Z]+)</td>\\s*<td class=\"govuk-table__cell\">(Up|Down|New|Applicability)")
			.matcher(custody);
		int found = 0;
		while (areas.find()) {
			assertThat(areas.group(1)).isEqualTo("CUS");
			found++;
		}
		assertThat(found).isPositive();
	}

	@Test
	void shouldPageTheNotReviewedListAndExportEveryRow() throws Exception {
		String first = page(this.accounts.programmeTeam(), "/dashboard/cells?notReviewedMonths=6");
		int total = count(first, "id=\"cells-count\">([\\d,]+) assessments<");
		assertThat(total).isGreaterThan(100);
		assertThat(rows(first)).isEqualTo(100);
		int pages = (total + 99) / 100;
		String last = page(this.accounts.programmeTeam(), "/dashboard/cells?notReviewedMonths=6&page=" + pages);
		assertThat(rows(last)).isEqualTo(total - (pages - 1) * 100);
		assertThat(first).contains("href=\"/dashboard/cells/export?notReviewedMonths=6\"");
		String csv = this.mvc
			.perform(get("/dashboard/cells/export?notReviewedMonths=6").with(user(this.accounts.programmeTeam())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")).as("a header and every assessment of the filter").hasSize(total + 1);
		assertThat(csv).startsWith("Requirement,Title,Area,Level,Target level,Target date\r\n");
	}

	@Test
	void shouldPreviewABulkUpdateAndChangeNothingUntilItIsConfirmed() throws Exception {
		int before = history();
		MockHttpServletRequestBuilder preview = post("/assessments/bulk").param("section", "RRD")
			.param("area", "CUS")
			.param("level", "GOOD")
			.param("rationale", "Custody review programme completed")
			.with(csrf())
			.with(user(this.accounts.programmeTeam()));
		String html = this.mvc.perform(preview)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int changing = count(html, "id=\"bulk-preview-count\">([\\d,]+) of the");
		int notGood = this.jdbc.sql("""
				select count(*) from assessment
				where requirement_code like 'RRD-%' and area_code = 'CUS' and level <> 'GOOD'
				""").query(Integer.class).single();
		assertThat(changing).isEqualTo(notGood).isPositive();
		assertThat(history()).as("nothing changed by a preview").isEqualTo(before);
		this.mvc
			.perform(post("/assessments/bulk").param("section", "RRD")
				.param("area", "CUS")
				.param("level", "GOOD")
				.param("rationale", "Custody review programme completed")
				.param("confirm", "true")
				.param("previewed", "RRD|CUS|false|false|GOOD|false|null|null|Custody review programme completed")
				.with(csrf())
				.with(user(this.accounts.programmeTeam())))
			.andExpect(status().isFound());
		assertThat(history()).isEqualTo(before + changing);
	}

	@Test
	void shouldLetAnyoneReadTheAccessibilityStatementLinkedFromEveryPage() throws Exception {
		String statement = this.mvc.perform(get("/accessibility"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(statement).contains("This accessibility statement applies to", "How accessible this website is",
				"Feedback and contact information", "Enforcement procedure", "Equality Advisory and Support Service",
				"Technical information about this website", "partially compliant", "How we tested this website",
				"axe-core", "This statement was prepared on");
		assertThat(page(this.accounts.board(), "/")).contains("href=\"/accessibility\"");
	}

	private int history() {
		return this.jdbc.sql("select count(*) from assessment_history").query(Integer.class).single();
	}

	private static int rows(String html) {
		String body = html.substring(html.indexOf("<tbody"), html.indexOf("</tbody>"));
		return body.split("<tr class=\"govuk-table__row\"", -1).length - 1;
	}

	private static int count(String html, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(html);
		assertThat(matcher.find()).as(regex).isTrue();
		return Integer.parseInt(matcher.group(1).replace(",", ""));
	}

	private String page(PortalUser person, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
