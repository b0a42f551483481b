package uk.police.mopi.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.police.mopi.assessment.AssessmentComparison;
import uk.police.mopi.assessment.AssessmentState;
import uk.police.mopi.shared.web.CsvExport;

/** Every change of a comparison as CSV, in the words the page uses. */
@Component
class ComparisonExport {

	private final MessageSource messages;

	ComparisonExport(MessageSource messages) {
		this.messages = messages;
	}

	void write(AssessmentComparison.Result result, Map<String, String> titles, HttpServletResponse response,
			Locale locale) {
		List<String> header = List.of(message("compare.col.requirement", locale), message("export.col.title", locale),
				message("compare.col.area", locale), message("compare.col.movement", locale),
				message("compare.col.before", locale), message("compare.col.after", locale));
		List<List<String>> rows = new ArrayList<>(result.changes().size());
		for (AssessmentComparison.Change change : result.changes()) {
			rows.add(List.of(change.key().requirementCode(), titles.getOrDefault(change.key().requirementCode(), ""),
					change.key().area(), message("movement." + change.movement(), locale),
					level(change.before(), locale), level(change.after(), locale)));
		}
		CsvExport.write(response, "compare-" + result.from() + "-to-" + result.to() + ".csv", header, rows);
	}

	private String level(AssessmentState state, Locale locale) {
		if (state == null) {
			return message("level.none", locale);
		}
		return state.applicable() ? message("level." + state.level(), locale) : message("level.NOT_APPLICABLE", locale);
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
