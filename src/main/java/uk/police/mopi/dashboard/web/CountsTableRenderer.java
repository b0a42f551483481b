package uk.police.mopi.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.dashboard.LevelCounts;

/**
 * Writes the rows of the dashboard's counts tables (by area, by section): each count a
 * link to the assessments behind it. Written here rather than in the template because 35
 * rows of 8 links took the template longer to render than the rest of the page. Every
 * text is HTML-escaped.
 */
@Component
class CountsTableRenderer {

	/**
	 * A row of counts.
	 *
	 * @param label the row's heading
	 * @param counts its counts
	 * @param area the area code its links filter on, or null
	 * @param section the section code its links filter on, or null
	 */
	record Row(String label, LevelCounts counts, String area, String section) {
	}

	String render(List<Row> rows, LocalDate asAt, String contextPath) {
		StringBuilder html = new StringBuilder(rows.size() * 1600);
		for (Row row : rows) {
			LevelCounts counts = row.counts();
			html.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">")
				.append(HtmlUtils.htmlEscape(row.label()))
				.append("</th>");
			cell(html, link(contextPath, asAt, row, null, null), String.format("%,d", counts.applicableCells()));
			for (ComplianceLevel level : ComplianceLevel.values()) {
				cell(html, link(contextPath, asAt, row, "level", level),
						String.format("%,d", counts.byLevel().get(level)));
			}
			cell(html, link(contextPath, asAt, row, "atLeast", ComplianceLevel.FAIR),
					String.format("%,d (%d%%)", counts.atLeastFair(), counts.percent(counts.atLeastFair())));
			cell(html, link(contextPath, asAt, row, "atLeast", ComplianceLevel.GOOD),
					String.format("%,d (%d%%)", counts.atLeastGood(), counts.percent(counts.atLeastGood())));
			html.append("</tr>");
		}
		return html.toString();
	}

	private static void cell(StringBuilder html, String href, String text) {
		html.append("<td class=\"govuk-table__cell govuk-table__cell--numeric\"><a class=\"govuk-link\" href=\"")
			.append(HtmlUtils.htmlEscape(href))
			.append("\">")
			.append(HtmlUtils.htmlEscape(text))
			.append("</a></td>");
	}

	private static String link(String contextPath, LocalDate asAt, Row row, String filter, ComplianceLevel level) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(contextPath + "/dashboard/cells")
			.queryParam("asAt", asAt);
		if (row.area() != null) {
			uri.queryParam("area", row.area());
		}
		if (row.section() != null) {
			uri.queryParam("section", row.section());
		}
		if (filter != null) {
			uri.queryParam(filter, level);
		}
		return uri.encode().build().toUriString();
	}

}
