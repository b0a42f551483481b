package uk.police.mopi.assessment.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.police.mopi.assessment.AssessmentComparison;
import uk.police.mopi.assessment.AssessmentState;
import uk.police.mopi.shared.web.ListExport;

/** Every change of a comparison as CSV or Excel, in the words the page uses. */
@Component
class ComparisonExport {

	private final MessageSource messages;

	ComparisonExport(MessageSource messages) {
		this.messages = messages;
	}

	void write(AssessmentComparison.Result result, Map<String, String> titles, HttpServletResponse response,
			ListExport.Format format, Locale locale) {
		ListExport.Words words = new ListExport.Words(this.messages, locale);
		List<String> header = words.all("compare.col.requirement", "export.col.title", "compare.col.area",
				"compare.col.movement", "compare.col.before", "compare.col.after");
		String name = "compare-" + result.from() + "-to-" + result.to();
		ListExport.write(response, new ListExport.Table(name, header, (rows) -> {
			for (AssessmentComparison.Change change : result.changes()) {
				String code = change.key().requirementCode();
				rows.add(code, titles.getOrDefault(code, ""), change.key().area(),
						words.of("movement.", change.movement()), level(change.before(), words),
						level(change.after(), words));
			}
		}), format);
	}

	/** A state's level in words: Not applicable, or None when it did not exist yet. */
	static String level(AssessmentState state, ListExport.Words words) {
		if (state == null) {
			return words.of("level.none");
		}
		return state.applicable() ? words.of("level.", state.level()) : words.of("level.NOT_APPLICABLE");
	}

}
