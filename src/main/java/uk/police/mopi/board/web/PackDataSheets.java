package uk.police.mopi.board.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import uk.police.mopi.board.PackFigures;
import uk.police.mopi.board.PackFigures.BudgetLineRow;
import uk.police.mopi.board.PackFigures.BudgetYear;
import uk.police.mopi.board.PackFigures.CountsRow;
import uk.police.mopi.board.PackFigures.DecisionRow;
import uk.police.mopi.board.PackFigures.MilestoneRow;
import uk.police.mopi.board.PackFigures.ProjectRow;
import uk.police.mopi.shared.web.SheetExport;

/**
 * The data sheets of a pack's workbook: one row per item of the frozen figures, a bold
 * header row frozen above them, codes put into words. The summary's formulas read the
 * columns named in {@link PackWorkbook}.
 */
final class PackDataSheets {

	private final PackWords words;

	private final SheetExport.Styles styles;

	PackDataSheets(PackWords words, SheetExport.Styles styles) {
		this.words = words;
		this.styles = styles;
	}

	/** Writes every data sheet of the figures into the workbook's sheets. */
	void write(PackFigures figures, PackWorkbook.Sheets sheets) {
		table(sheets.matrix(), List.of("requirement", "title", "section", "area", "applicable", "level"),
				figures.matrix(), (cell) -> Arrays.asList(cell.requirement(), cell.title(), cell.section(), cell.area(),
						cell.applicable(), this.words.level(cell.level())));
		counts(sheets.byArea(), figures.byArea());
		counts(sheets.bySection(), figures.bySection());
		table(sheets.milestones(),
				List.of("code", "title", "kind", "project", "baseline", "forecast", "actual", "status", "progress"),
				figures.milestones(), this::milestone);
		table(sheets.projects(), List.of("code", "name", "workstream", "sponsor", "rag", "confidence"),
				figures.projects(), this::project);
		table(sheets.budgetLines(), List.of("id", "project", "year", "resource", "allocated", "funded", "forecastMoney",
				"actualMoney", "decisionId"), figures.budgetLines(), this::budgetLine);
		table(sheets.decisions(), List.of("id", "decidedOn", "businessCase", "year", "amount", "decision", "allocated"),
				figures.decisions(), this::decision);
		table(sheets.budgetYears(), List.of("year", "approved", "allocated", "unfunded", "unallocated", "forecastMoney",
				"actualMoney", "externalForecast", "externalCap", "warnings"), figures.budget(), this::budgetYear);
	}

	private void counts(Sheet sheet, List<CountsRow> rows) {
		table(sheet, List.of("code", "name", "applicableCells", "notAssessed", "notMet", "fair", "good", "excellent",
				"atLeastFair", "atLeastGood"), rows, (row) -> {
					PackFigures.Counts c = row.counts();
					return Arrays.asList(row.code(), this.words.name(row), c.applicableCells(), c.notAssessed(),
							c.notMet(), c.fair(), c.good(), c.excellent(), c.atLeastFair(), c.atLeastGood());
				});
	}

	private List<Object> milestone(MilestoneRow m) {
		return Arrays.asList(m.code(), m.title(), this.words.of("packformat.kind.", m.kind()), m.projectCode(),
				m.baselineDate(), m.forecastDate(), m.actualDate(), this.words.of("milestoneStatus.", m.status()),
				this.words.of("progress.", m.progress()));
	}

	private List<Object> project(ProjectRow p) {
		return Arrays.asList(p.code(), p.name(), this.words.of("workstream.", p.workstream()), p.sponsor(),
				this.words.of("rag.", p.rag()), this.words.of("confidence.", p.confidence()));
	}

	private List<Object> budgetLine(BudgetLineRow l) {
		return Arrays.asList(l.id(), l.projectCode(), l.financialYear(), this.words.of("resource.", l.resourceType()),
				l.allocated(), l.funded(), l.forecast(), l.actual(), l.decisionId());
	}

	private List<Object> decision(DecisionRow d) {
		return Arrays.asList(d.id(), d.decidedOn(), d.businessCase(), d.financialYear(), d.amount(),
				this.words.of("decision.", d.decision()), d.allocated());
	}

	private List<Object> budgetYear(BudgetYear y) {
		List<String> warnings = y.warnings().stream().map((code) -> warning(code, y)).toList();
		return Arrays.asList(y.financialYear(), y.approved(), y.allocated(), y.unfunded(), y.unallocated(),
				y.forecast(), y.actual(), y.externalForecast(), y.externalCap(), String.join("; ", warnings));
	}

	private String warning(String code, BudgetYear year) {
		Object amount = switch (code) {
			case "unfunded" -> year.unfunded();
			case "unallocated" -> year.unallocated();
			default -> null;
		};
		return this.words.text("funding.warn." + code, amount);
	}

	private <T> void table(Sheet sheet, List<String> columns, List<T> items, Function<T, List<?>> values) {
		Row header = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(this.words.text("packformat.col." + columns.get(i)));
			cell.setCellStyle(this.styles.header());
			sheet.setColumnWidth(i,
					(columns.get(i).equals("title") || columns.get(i).equals("businessCase")) ? 60 * 256 : 18 * 256);
		}
		sheet.createFreezePane(0, 1);
		int index = 1;
		for (T item : items) {
			Row row = sheet.createRow(index++);
			List<?> cells = values.apply(item);
			for (int i = 0; i < cells.size(); i++) {
				SheetExport.set(row.createCell(i), cells.get(i), this.styles);
			}
		}
	}

}
