package uk.police.mopi.board.web;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import uk.police.mopi.board.PackFigures;
import uk.police.mopi.board.PackFigures.BudgetYear;
import uk.police.mopi.board.PackFigures.Counts;
import uk.police.mopi.board.PackFigures.CountsRow;
import uk.police.mopi.shared.web.SheetExport;

/**
 * The Summary sheet of a pack's workbook: its title, date and status, then compliance
 * overall and per area (applicable assessments, at least Fair, at least Good, Excellent)
 * as COUNTIFS over the Matrix sheet, and money per financial year (approved, allocated,
 * forecast, actual) as SUMIFS over the Decisions and Budget lines sheets. Each formula
 * carries the frozen figure as its cached result, so a reader that does not recalculate
 * still shows the pack's numbers.
 */
final class PackSummarySheet {

	private static final List<String> AT_LEAST_FAIR = List.of("FAIR", "GOOD", "EXCELLENT");

	private static final List<String> AT_LEAST_GOOD = List.of("GOOD", "EXCELLENT");

	private final PackWords words;

	private final SheetExport.Styles styles;

	private final PackWorkbook.Sheets sheets;

	private final Sheet sheet;

	private int next;

	PackSummarySheet(PackWords words, SheetExport.Styles styles, PackWorkbook.Sheets sheets) {
		this.words = words;
		this.styles = styles;
		this.sheets = sheets;
		this.sheet = sheets.summary();
	}

	void write(PackFigures figures, PackCover cover) {
		SheetExport.set(row().createCell(0), cover.title(), this.styles);
		labelled("packformat.summary.asAt", figures.asAt());
		labelled("packformat.summary.status",
				this.words.text(cover.draft() ? "packformat.summary.draft" : "packformat.summary.published"));
		SheetExport.set(row().createCell(0), this.words.text("packformat.summary.note"), this.styles);
		this.next++;
		heading("packformat.summary.compliance");
		header("code", "name", "applicableCells", "atLeastFair", "atLeastGood", "excellent");
		compliance(null, this.words.text("packformat.summary.all"), figures.headline(), figures.matrix().size());
		for (CountsRow area : figures.byArea()) {
			compliance(area.code(), this.words.name(area), area.counts(), figures.matrix().size());
		}
		this.next++;
		heading("packformat.summary.money");
		header("year", "approved", "allocated", "forecastMoney", "actualMoney");
		for (BudgetYear year : figures.budget()) {
			money(year, figures.decisions().size(), figures.budgetLines().size());
		}
		this.sheet.setColumnWidth(0, 24 * 256);
		this.sheet.setColumnWidth(1, 48 * 256);
		for (int i = 2; i < 6; i++) {
			this.sheet.setColumnWidth(i, 20 * 256);
		}
	}

	/**
	 * A row of counts: over every assessment when {@code area} is null, else one area's.
	 */
	private void compliance(String area, String name, Counts counts, int cells) {
		Row row = row();
		SheetExport.set(row.createCell(0), area, this.styles);
		SheetExport.set(row.createCell(1), name, this.styles);
		String matrix = this.sheets.matrix().getSheetName();
		String where = range(matrix, 4, cells) + ",TRUE";
		if (area != null) {
			where = range(matrix, 3, cells) + "," + new CellReference(row.getRowNum(), 0, false, true).formatAsString()
					+ "," + where;
		}
		formula(row.createCell(2), "COUNTIFS(" + where + ")", counts.applicableCells());
		formula(row.createCell(3), atLevels(where, matrix, cells, AT_LEAST_FAIR), counts.atLeastFair());
		formula(row.createCell(4), atLevels(where, matrix, cells, AT_LEAST_GOOD), counts.atLeastGood());
		formula(row.createCell(5), atLevels(where, matrix, cells, List.of("EXCELLENT")), counts.excellent());
	}

	private String atLevels(String where, String matrix, int cells, List<String> levels) {
		return String.join("+",
				levels.stream()
					.map((level) -> "COUNTIFS(" + where + "," + range(matrix, 5, cells) + "," + criterion(level) + ")")
					.toList());
	}

	private void money(BudgetYear year, int decisions, int lines) {
		Row row = row();
		SheetExport.set(row.createCell(0), year.financialYear(), this.styles);
		String key = new CellReference(row.getRowNum(), 0, false, true).formatAsString();
		String decided = this.sheets.decisions().getSheetName();
		String budget = this.sheets.budgetLines().getSheetName();
		formula(row.createCell(1),
				"SUMIFS(" + range(decided, 4, decisions) + "," + range(decided, 3, decisions) + "," + key + ","
						+ range(decided, 5, decisions) + "," + quoted(this.words.of("decision.", "APPROVED")) + ")",
				year.approved());
		formula(row.createCell(2), sumByYear(budget, 4, lines, key), year.allocated());
		formula(row.createCell(3), sumByYear(budget, 6, lines, key), year.forecast());
		formula(row.createCell(4), sumByYear(budget, 7, lines, key), year.actual());
	}

	private String sumByYear(String budget, int column, int lines, String key) {
		return "SUMIFS(" + range(budget, column, lines) + "," + range(budget, 2, lines) + "," + key + ")";
	}

	/**
	 * A formula with the frozen figure as its cached result (SXSSF keeps a value set on a
	 * formula cell as the formula's result), styled as the figure would be.
	 */
	private void formula(Cell cell, String formula, Number frozen) {
		cell.setCellFormula(formula);
		SheetExport.set(cell, frozen, this.styles);
	}

	/** A level's words as an exact COUNTIFS criterion (wildcards escaped). */
	private String criterion(String level) {
		return quoted(this.words.level(level).replaceAll("([*?~])", "~$1"));
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/** An absolute range of one column of a data sheet, under its header row. */
	private static String range(String sheetName, int column, int rows) {
		String col = CellReference.convertNumToColString(column);
		return "'" + sheetName.replace("'", "''") + "'!$" + col + "$2:$" + col + "$" + Math.max(2, rows + 1);
	}

	private void labelled(String key, Object value) {
		Row row = row();
		SheetExport.set(row.createCell(0), this.words.text(key), this.styles);
		SheetExport.set(row.createCell(1), value, this.styles);
	}

	private void heading(String key) {
		Cell cell = row().createCell(0);
		cell.setCellValue(this.words.text(key));
		cell.setCellStyle(this.styles.header());
	}

	private void header(String... columns) {
		Row row = row();
		for (int i = 0; i < columns.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(this.words.text("packformat.col." + columns[i]));
			cell.setCellStyle(this.styles.header());
		}
	}

	private Row row() {
		return this.sheet.createRow(this.next++);
	}

}
