package uk.police.mopi.assessment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.police.mopi.assessment.AssessmentMatrix;
import uk.police.mopi.assessment.AssessmentState;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.shared.web.ListExport;

/**
 * The matrix as a long table: one row per assessment the filter shows (requirement x
 * business area, or one for a force-wide requirement), levels in words. Long rows rather
 * than the page's grid, because an analyst filters, counts and pivots long rows without
 * unpicking merged force-wide cells or a column per area; a pivot table gives the grid
 * back.
 */
@Component
class MatrixExport {

	private final MessageSource messages;

	MatrixExport(MessageSource messages) {
		this.messages = messages;
	}

	ListExport.Table table(AssessmentMatrix.View view, LocalDate asAt, Locale locale) {
		ListExport.Words words = new ListExport.Words(this.messages, locale);
		Map<String, BusinessAreaView> areas = view.columns()
			.stream()
			.collect(Collectors.toMap(BusinessAreaView::code, Function.identity()));
		List<String> header = words.all("export.col.asAt", "export.col.requirement", "export.col.title",
				"export.col.section", "export.col.area", "export.col.areaName", "export.col.priority",
				"export.col.level", "export.col.targetLevel", "export.col.targetDate", "export.col.belowTarget");
		return new ListExport.Table("matrix-" + asAt, header, (rows) -> {
			for (AssessmentMatrix.Row row : view.rows()) {
				for (AssessmentMatrix.Cell cell : row.cells()) {
					if (cell.matches()) {
						BusinessAreaView area = areas.get(cell.key().areaCode());
						AssessmentState state = cell.state();
						rows.add(asAt, row.requirement().code(), row.requirement().title(), row.requirement().section(),
								cell.key().area(), (area != null) ? area.name() : words.of("export.col.forceWide"),
								(area != null) ? words.yesNo(area.priority()) : null, level(state, words),
								(state != null) ? words.of("level.", state.targetLevel()) : null,
								(state != null) ? state.targetDate() : null,
								(state != null) ? words.yesNo(state.gap()) : null);
					}
				}
			}
		});
	}

	private static String level(AssessmentState state, ListExport.Words words) {
		return (state != null) ? ComparisonExport.level(state, words) : words.of("export.col.notYet");
	}

}
