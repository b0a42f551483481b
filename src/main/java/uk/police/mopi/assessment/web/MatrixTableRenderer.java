package uk.police.mopi.assessment.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import uk.police.mopi.assessment.AssessmentMatrix;
import uk.police.mopi.assessment.AssessmentState;
import uk.police.mopi.assessment.ComplianceLevel;

/**
 * Writes the body of the compliance matrix: up to 4,400 cells. A template expression per
 * cell took a second to render the full matrix; this writes the same accessible markup in
 * a few milliseconds. Every text is HTML-escaped.
 */
@Component
class MatrixTableRenderer {

	private final MessageSource messages;

	MatrixTableRenderer(MessageSource messages) {
		this.messages = messages;
	}

	String render(AssessmentMatrix.View view, String contextPath, Locale locale) {
		Map<ComplianceLevel, String> names = new EnumMap<>(ComplianceLevel.class);
		for (ComplianceLevel level : ComplianceLevel.values()) {
			names.put(level, message("level." + level, locale));
		}
		String notApplicable = message("level.NOT_APPLICABLE", locale);
		String notYet = message("matrix.notYet", locale);
		String belowTarget = message("matrix.gap", locale);
		String forceWide = message("assessment.force.long", locale);
		String forceShort = message("assessment.force", locale);
		int columns = view.columns().size();
		StringBuilder html = new StringBuilder(view.cellCount() * 190 + 1024);
		for (AssessmentMatrix.Row row : view.rows()) {
			String code = row.requirement().code();
			html.append("<tr><th scope=\"row\"><a class=\"govuk-link\" href=\"")
				.append(contextPath)
				.append("/catalogue/requirements/")
				.append(code)
				.append("\" title=\"")
				.append(HtmlUtils.htmlEscape(row.requirement().title()))
				.append("\">")
				.append(code)
				.append("</a></th>");
			for (AssessmentMatrix.Cell cell : row.cells()) {
				AssessmentState state = cell.state();
				html.append("<td");
				if (row.forceWide()) {
					html.append(" colspan=\"").append(columns).append('"');
				}
				if (!cell.matches()) {
					html.append(" class=\"portal-cell--muted\"");
				}
				html.append("><a class=\"portal-cell ").append(cssClass(state));
				if (state != null && state.gap()) {
					html.append(" portal-cell--gap");
				}
				html.append("\" href=\"")
					.append(contextPath)
					.append("/assessments/")
					.append(code)
					.append('/')
					.append(cell.key().area())
					.append("\"><span aria-hidden=\"true\">");
				String shortText = (state == null) ? "·" : state.applicable() ? state.level().abbreviation() : "N/A";
				String spoken = (state == null) ? notYet
						: state.applicable() ? names.get(state.level()) : notApplicable;
				if (row.forceWide()) {
					shortText = forceShort + ": " + ((state != null && state.applicable()) ? spoken : shortText);
					spoken = forceWide + ": " + spoken;
				}
				html.append(HtmlUtils.htmlEscape(shortText)).append("</span><span class=\"govuk-visually-hidden\">");
				html.append(HtmlUtils.htmlEscape(spoken));
				if (state != null && state.gap()) {
					html.append(", ")
						.append(HtmlUtils.htmlEscape(belowTarget))
						.append(' ')
						.append(HtmlUtils.htmlEscape(names.get(state.targetLevel())));
				}
				html.append("</span></a></td>");
			}
			html.append("</tr>\n");
		}
		return html.toString();
	}

	private static String cssClass(AssessmentState state) {
		if (state == null) {
			return "portal-level--none";
		}
		return state.applicable() ? "portal-level--" + state.level().name().toLowerCase(Locale.ROOT)
				: "portal-level--na";
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
