package uk.police.mopi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.ExportFiles;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list exports what it shows: the page's "Download these N ... as CSV" and "as
 * Excel" links carry its filters, and both files hold exactly the N rows of the filter
 * (every page of them), in the page's order, in the same words.
 */
@PortalTest
@Transactional
class ListExportsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	/**
	 * Each list: the page, its export links' id, the page's own figure for its rows (a
	 * pattern whose group 1 is the number, or a pattern counted once a row), and the
	 * column of the export whose first value the page shows too.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
							/assessments?section=RRD                | matrix-export     | id="matrix-summary">([\\d,]+) cells shown        | 1
							/assessments?asAt=2007-03-31&gaps=true  | matrix-export     |                                                  | 1
							/dashboard/cells?atLeast=FAIR           | cells-export      | id="cells-count">([\\d,]+) assessments<          | 0
							/dashboard/cells?notReviewedMonths=6    | cells-export      | id="cells-count">([\\d,]+) assessments<          | 0
							/projects/unplanned-gaps                | gaps-export       | id="gaps-count">([\\d,]+) unplanned gaps<        | 2
							/assessments/compare                    | compare-export    | Showing 1 to 100 of ([\\d,]+)<                   | 0
							/assessments/compare?area=CUS           | compare-export    |                                                  | 0
							/milestones                             | milestones-export | #<tr class="govuk-table__row">\\s*<td class="govuk-table__cell">[A-Z0-9-]+</td> | 0
							/milestones?progress=ACHIEVED           | milestones-export | id="milestones-filter">\\s*<span>Showing ([\\d,]+) milestones | 0
							/projects                               | projects-export   | #<td class="govuk-table__cell"><a class="govuk-link" href="/projects/[A-Z0-9-]+">       | 0
							/projects?rag=RED                       | projects-export   | #<td class="govuk-table__cell"><a class="govuk-link" href="/projects/[A-Z0-9-]+">       | 0
							/budget?year=all                        | lines-export      | #<tr class="govuk-table__row" id="line-          | 1
							/catalogue?section=RRD                  | catalogue-export  | role="status">([\\d,]+) requirements<           | 0
							/catalogue?q=custody                    | catalogue-export  | role="status">([\\d,]+) requirements<           | 0
							/delivery/follow-up                     | follow-up-export  |                                                  | 0
					/budget?year=2007/08                    | lines-export      | #<tr class="govuk-table__row" id="line-          | 1
											""")
	void shouldExportEveryRowOfThePageInCsvAndExcel(String path, String id, String figure, int sampleColumn)
			throws Exception {
		check(path, id, figure, sampleColumn);
	}

	@Test
	void shouldExportTheUnplannedGapsOfTheAreaChosen() throws Exception {
		String all = html(this.accounts.programmeTeam(), "/projects/unplanned-gaps");
		Matcher first = Pattern.compile("href=\"/projects/unplanned-gaps\\?area=([A-Z]+)\">").matcher(all);
		assertThat(first.find()).as("an area with unplanned gaps in the demo").isTrue();
		String area = first.group(1);
		check("/projects/unplanned-gaps?area=" + area, "gaps-export",
				"#<a class=\"govuk-link\" href=\"/assessments/[^/]+/" + area + "\\?returnTo", 0);
		List<CSVRecord> csv = ExportFiles.csv(this.mvc, this.accounts.programmeTeam(),
				"/projects/unplanned-gaps/export?area=" + area);
		assertThat(csv.subList(1, csv.size())).allSatisfy((row) -> assertThat(row.get(2)).isEqualTo(area));
	}

	private void check(String path, String id, String figure, int sampleColumn) throws Exception {
		PortalUser pmo = this.accounts.programmeTeam();
		String page = html(pmo, path);
		Link csvLink = link(page, id);
		Link xlsxLink = link(page, id + "-xlsx");
		assertThat(csvLink.count()).as("CSV and Excel links count the same rows").isEqualTo(xlsxLink.count());
		assertThat(csvLink.text()).endsWith("as CSV");
		assertThat(xlsxLink.text()).endsWith("as Excel (.xlsx)");
		assertThat(xlsxLink.href())
			.isEqualTo(csvLink.href() + (csvLink.href().contains("?") ? "&" : "?") + "format=xlsx");
		if (figure != null) {
			assertThat(csvLink.count()).as("the page's own figure").isEqualTo(figure(page, figure));
		}
		List<CSVRecord> csv = ExportFiles.csv(this.mvc, pmo, csvLink.href());
		List<List<String>> sheet = ExportFiles.sheet(this.mvc, pmo, xlsxLink.href());
		assertThat(csv).as("a header and every row of the filter").hasSize(csvLink.count() + 1);
		assertThat(sheet).as("the same rows in Excel").hasSize(csv.size());
		assertThat(sheet.get(0)).as("the same header").isEqualTo(csv.get(0).toList());
		for (int i : new int[] { 1, csv.size() / 2, csv.size() - 1 }) {
			if (i > 0) {
				assertThat(sheet.get(i)).as("row " + i + " the same in both formats")
					.isEqualTo(ExportFiles.plain(csv.get(i)));
			}
		}
		if (csv.size() > 1) {
			assertThat(page).as("the first row's value is on the page")
				.contains(">" + HtmlUtils.htmlEscape(csv.get(1).get(sampleColumn)));
		}
	}

	private record Link(String href, String text, int count) {
	}

	private static Link link(String page, String id) {
		Matcher matcher = Pattern.compile("id=\"" + id + "\" href=\"([^\"]+)\">([^<]+)</a>").matcher(page);
		assertThat(matcher.find()).as(id).isTrue();
		String text = matcher.group(2);
		Matcher number = Pattern.compile("these ([\\d,]+) ").matcher(text);
		int count = number.find() ? Integer.parseInt(number.group(1).replace(",", "")) : 1;
		return new Link(HtmlUtils.htmlUnescape(matcher.group(1)), text, count);
	}

	/** The number a pattern finds, or how often a pattern starting with # occurs. */
	private static int figure(String page, String pattern) {
		if (pattern.startsWith("#")) {
			Matcher rows = Pattern.compile(pattern.substring(1)).matcher(page);
			int count = 0;
			while (rows.find()) {
				count++;
			}
			return count;
		}
		Matcher matcher = Pattern.compile(pattern).matcher(page);
		assertThat(matcher.find()).as(pattern).isTrue();
		return Integer.parseInt(matcher.group(1).replace(",", ""));
	}

	private String html(PortalUser person, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
