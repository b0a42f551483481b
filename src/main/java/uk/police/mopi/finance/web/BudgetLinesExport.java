package uk.police.mopi.finance.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.police.mopi.finance.BudgetLineView;
import uk.police.mopi.finance.BudgetPage;
import uk.police.mopi.shared.web.ListExport;

/**
 * The budget lines the budget page shows (its year and project filters) as an export
 * table: money as numbers, the funding in words.
 */
@Component
class BudgetLinesExport {

	private final MessageSource messages;

	BudgetLinesExport(MessageSource messages) {
		this.messages = messages;
	}

	ListExport.Table table(BudgetPage budget, Locale locale) {
		ListExport.Words words = new ListExport.Words(this.messages, locale);
		List<String> header = words.all("budget.col.year", "budget.col.project", "export.col.projectName",
				"budget.col.type", "funding.col.allocated", "budget.col.forecast", "budget.col.actual",
				"export.col.decidedOn", "export.col.funding", "export.col.funded");
		String years = (budget.linesYear() != null) ? budget.linesYear().replace('/', '-') : "all-years";
		String name = "budget-lines-" + years + ((budget.project() != null) ? "-" + budget.project() : "");
		return new ListExport.Table(name, header, (rows) -> {
			for (BudgetLineView line : budget.lines()) {
				rows.add(line.financialYear(), line.projectCode(), line.projectName(),
						words.of("resource.", line.resourceType()), line.allocated(), line.forecast(), line.actual(),
						line.decidedOn(), words.of("funding.line.status.", line.funding()), line.funded());
			}
		});
	}

}
