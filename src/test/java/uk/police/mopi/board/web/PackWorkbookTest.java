package uk.police.mopi.board.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import uk.police.mopi.board.PackFigures;
import uk.police.mopi.board.PackFigures.BudgetYear;
import uk.police.mopi.board.PackFigures.Counts;
import uk.police.mopi.board.PackFigures.CountsRow;

import static org.assertj.core.api.Assertions.assertThat;

class PackWorkbookTest {

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static XSSFWorkbook written(PackFigures figures, PackCover cover) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PackWorkbook(messages()).write(figures, cover, Locale.UK, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	@Test
	void shouldGiveThePacksFiguresWhenEveryFormulaIsEvaluated() throws Exception {
		PackFigures figures = PackFiguresFixture.small();
		try (XSSFWorkbook workbook = written(figures, new PackCover("Board pack", false))) {
			XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			int formulas = 0;
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.FORMULA) {
							CellValue value = evaluator.evaluate(cell);
							assertThat(value.getCellType()).as(cell.getAddress() + " " + cell.getCellFormula())
								.isEqualTo(CellType.NUMERIC);
							formulas++;
						}
					}
				}
			}
			// 4 counts for all areas and each of 3 areas, 4 sums for each of 2 years
			assertThat(formulas).isEqualTo(4 * 4 + 4 * 2);
			Map<String, Row> rows = rowsByFirstCell(workbook.getSheet("Summary"));
			assertCounts(evaluator, rows.get("All areas, force-wide requirements included"), figures.headline());
			for (CountsRow area : figures.byArea()) {
				assertCounts(evaluator, rows.get(area.code()), area.counts());
			}
			for (BudgetYear year : figures.budget()) {
				Row row = rows.get(year.financialYear());
				assertMoney(evaluator, row.getCell(1), year.approved());
				assertMoney(evaluator, row.getCell(2), year.allocated());
				assertMoney(evaluator, row.getCell(3), year.forecast());
				assertMoney(evaluator, row.getCell(4), year.actual());
			}
			assertThat(workbook.getForceFormulaRecalculation()).isTrue();
		}
	}

	@Test
	void shouldCountFromTheMatrixSoThatAChangedLevelChangesTheSummary() throws Exception {
		try (XSSFWorkbook workbook = written(PackFiguresFixture.small(), new PackCover("Board pack", false))) {
			Sheet matrix = workbook.getSheet("Matrix");
			assertThat(matrix.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Fair");
			// a new cell: POI sets the value of an inline-string cell beside the text it
			// reads
			matrix.getRow(1).removeCell(matrix.getRow(1).getCell(5));
			matrix.getRow(1).createCell(5).setCellValue("Not met");
			XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			Row custody = rowsByFirstCell(workbook.getSheet("Summary")).get("CUS");
			assertThat(evaluator.evaluate(custody.getCell(3)).getNumberValue()).isEqualTo(2);
			assertThat(custody.getCell(3).getCellFormula()).contains("COUNTIFS('Matrix'!$D$2:$D$13,$A");
		}
	}

	@Test
	void shouldCarryTheFrozenFiguresAsTheFormulasCachedResults() throws Exception {
		PackFigures figures = PackFiguresFixture.small();
		try (XSSFWorkbook workbook = written(figures, new PackCover("Board pack", true))) {
			Map<String, Row> rows = rowsByFirstCell(workbook.getSheet("Summary"));
			Row all = rows.get("All areas, force-wide requirements included");
			assertThat(all.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
			assertThat(all.getCell(2).getNumericCellValue()).isEqualTo(10);
			assertThat(rows.get("2008/09").getCell(1).getNumericCellValue()).isEqualTo(250000.50);
			assertThat(rows.get("Status").getCell(1).getStringCellValue()).isEqualTo("Draft: not for decision");
		}
	}

	@Test
	void shouldPutLevelsRagsAndConfidenceIntoWords() throws Exception {
		try (XSSFWorkbook workbook = written(PackFiguresFixture.small(), new PackCover("Board pack", false))) {
			Sheet matrix = workbook.getSheet("Matrix");
			assertThat(matrix.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Level");
			assertThat(matrix.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Not met");
			assertThat(matrix.getRow(6).getCell(5).getStringCellValue()).isEqualTo("Not assessed");
			assertThat(matrix.getRow(1).getCell(4).getBooleanCellValue()).isTrue();
			Sheet projects = workbook.getSheet("Projects");
			assertThat(projects.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Red");
			assertThat(projects.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Amber/Green");
			assertThat(workbook.getSheet("Decisions").getRow(2).getCell(5).getStringCellValue()).isEqualTo("Rejected");
			assertThat(workbook.getSheet("Milestones").getRow(1).getCell(2).getStringCellValue())
				.isEqualTo("Home Office");
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Matrix");
			assertThat(workbook.getNumberOfSheets()).isEqualTo(9);
		}
	}

	@Test
	void shouldKeepHostileTextAsText() throws Exception {
		try (XSSFWorkbook workbook = written(PackFiguresFixture.small(),
				new PackCover(PackFiguresFixture.HOSTILE, false))) {
			Cell title = workbook.getSheet("Summary").getRow(0).getCell(0);
			assertThat(title.getCellType()).isEqualTo(CellType.STRING);
			assertThat(title.getStringCellValue()).isEqualTo(PackFiguresFixture.HOSTILE);
			assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
			Cell requirementTitle = workbook.getSheet("Matrix").getRow(5).getCell(1);
			assertThat(requirementTitle.getCellType()).isEqualTo(CellType.STRING);
			assertThat(requirementTitle.getStringCellValue()).isEqualTo(PackFiguresFixture.HOSTILE);
			Cell businessCase = workbook.getSheet("Decisions").getRow(1).getCell(2);
			assertThat(businessCase.getCellType()).isEqualTo(CellType.STRING);
			assertThat(businessCase.getCellStyle().getQuotePrefixed()).isTrue();
		}
	}

	private static void assertCounts(XSSFFormulaEvaluator evaluator, Row row, Counts counts) {
		assertThat(evaluator.evaluate(row.getCell(2)).getNumberValue()).isEqualTo(counts.applicableCells());
		assertThat(evaluator.evaluate(row.getCell(3)).getNumberValue()).isEqualTo(counts.atLeastFair());
		assertThat(evaluator.evaluate(row.getCell(4)).getNumberValue()).isEqualTo(counts.atLeastGood());
		assertThat(evaluator.evaluate(row.getCell(5)).getNumberValue()).isEqualTo(counts.excellent());
	}

	private static void assertMoney(XSSFFormulaEvaluator evaluator, Cell cell, BigDecimal expected) {
		assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
		assertThat(BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue())).isEqualByComparingTo(expected);
	}

	/** The Summary's rows by their first cell's text; the overall row by its name. */
	private static Map<String, Row> rowsByFirstCell(Sheet sheet) {
		Map<String, Row> rows = new HashMap<>();
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && !first.getStringCellValue().isEmpty()) {
				rows.put(first.getStringCellValue(), row);
			}
			else if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING) {
				rows.put(row.getCell(1).getStringCellValue(), row);
			}
		}
		return rows;
	}

}
