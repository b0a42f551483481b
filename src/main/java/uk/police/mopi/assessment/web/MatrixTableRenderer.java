package uk.police.mopi.assessment.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.police.mopi.assessment.AssessmentMatrix;
import uk.police.mopi.assessment.AssessmentState;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.shared.web.Markup;

/**
 * Writes the body of the compliance matrix: up to 4,400 cells. A template expression per
 * cell took a second to render the full matrix; this writes the same accessible markup in
 * a few milliseconds. Every text goes through {@link Markup}, which escapes it.
 */
@Component
class MatrixTableRenderer {

	private final MessageSource messages;

	MatrixTableRenderer(MessageSource messages) {
		this.messages = messages;
	}

	/** The words the cells use, in the reader's language. */
	private record Words(Map<ComplianceLevel, String> names, String notApplicable, String notYet, String belowTarget,
			String forceWide, String forceShort) {
	}

	String render(AssessmentMatrix.View view, String contextPath, Locale locale) {
		Map<ComplianceLevel, String> names = new EnumMap<>(ComplianceLevel.class);
		for (ComplianceLevel level : ComplianceLevel.values()) {
			names.put(level, message("level." + level, locale));
		}
		Words words = new Words(names, message("level.NOT_APPLICABLE", locale), message("matrix.notYet", locale),
				message("matrix.gap", locale), message("assessment.force.long", locale),
				message("assessment.force", locale));
		int columns = view.columns().size();
		Markup html = new Markup(view.cellCount() * 190 + 1024);
		for (AssessmentMatrix.Row row : view.rows()) {
			String code = row.requirement().code();
			html.raw("<tr><th scope=\"row\"><a class=\"govuk-link\" href=\"")
				.text(contextPath)
				.raw("/catalogue/requirements/")
				.text(code)
				.raw("\">")
				.text(code)
				.raw("</a><span class=\"portal-requirement-title\">")
				.text(row.requirement().title())
				.raw("</span></th>");
			for (AssessmentMatrix.Cell cell : row.cells()) {
				cell(html, row, cell, contextPath, columns, words);
			}
			html.raw("</tr>\n");
		}
		return html.toString();
	}

	private static void cell(Markup html, AssessmentMatrix.Row row, AssessmentMatrix.Cell cell, String contextPath,
			int columns, Words words) {
		AssessmentState state = cell.state();
		html.raw("<td");
		if (row.forceWide()) {
			html.raw(" colspan=\"").number(columns).raw("\"");
		}
		if (!cell.matches()) {
			html.raw(" class=\"portal-cell--muted\"");
		}
		html.raw("><a class=\"portal-cell ").raw(cssClass(state));
		if (state != null && state.gap()) {
			html.raw(" portal-cell--gap");
		}
		html.raw("\" href=\"")
			.text(contextPath)
			.raw("/assessments/")
			.text(row.requirement().code())
			.raw("/")
			.text(cell.key().area())
			.raw("\"><span aria-hidden=\"true\">");
		String shortText = (state == null) ? "·" : state.applicable() ? state.level().abbreviation() : "N/A";
		String spoken = (state == null) ? words.notYet()
				: state.applicable() ? words.names().get(state.level()) : words.notApplicable();
		if (row.forceWide()) {
			shortText = words.forceShort() + ": " + ((state != null && state.applicable()) ? spoken : shortText);
			spoken = words.forceWide() + ": " + spoken;
		}
		html.text(shortText).raw("</span><span class=\"govuk-visually-hidden\">").text(spoken);
		if (state != null && state.gap()) {
			html.raw(", ").text(words.belowTarget()).raw(" ").text(words.names().get(state.targetLevel()));
		}
		html.raw("</span></a></td>");
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
