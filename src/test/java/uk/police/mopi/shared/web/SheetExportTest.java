package uk.police.mopi.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetExportTest {

	@Test
	void shouldWriteAHostileCellAsQuotedTextNeverAFormula() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SheetExport.write(out, "Rows", List.of("Title", "Amount", "Date"),
				List.of(Arrays.asList("=HYPERLINK(\"http://evil\",\"x\")", new BigDecimal("420000.00"),
						LocalDate.of(2007, 3, 31)), Arrays.asList("Plain", 3, null)));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Row hostile = workbook.getSheet("Rows").getRow(1);
			assertThat(hostile.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(hostile.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
			assertThat(hostile.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(hostile.getCell(1).getNumericCellValue()).isEqualTo(420000.0);
			assertThat(hostile.getCell(2).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2007, 3, 31));
			Row plain = workbook.getSheet("Rows").getRow(2);
			assertThat(plain.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(plain.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(workbook.getSheet("Rows").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Title");
		}
	}

	@Test
	void shouldCutATextLongerThanACellHoldsAndSaySo() {
		String text = "x".repeat(40_000);
		String fitted = SheetExport.fitted(text);
		assertThat(fitted).hasSizeLessThanOrEqualTo(SheetExport.MAX_TEXT)
			.endsWith("…[+" + (40_000 - (SheetExport.MAX_TEXT - 16)) + "]");
		assertThat(SheetExport.fitted("short")).isEqualTo("short");
	}

}
