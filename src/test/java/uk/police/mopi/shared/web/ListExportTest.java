package uk.police.mopi.shared.web;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table, two formats: the rows a list adds once come out the same in CSV and Excel,
 * numbers and dates typed, text neutralised; the links keep the page's filters.
 */
class ListExportTest {

	private static final ListExport.Table TABLE = new ListExport.Table("budget-lines-2007-08",
			List.of("Project", "Amount", "Decided"), (rows) -> {
				rows.add("-P01", new BigDecimal("-1250.50"), LocalDate.of(2007, 2, 19));
				rows.add("P02", 3, null);
			});

	@Test
	void shouldWriteTypedCellsAsCsvNeutralisingTextButNeverNumbers() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ListExport.write(response, TABLE, ListExport.Format.of("csv"));
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"budget-lines-2007-08.csv\"");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("Project,Amount,Decided\r\n'-P01,-1250.50,2007-02-19\r\nP02,3,\r\n");
	}

	@Test
	void shouldWriteTheSameRowsAsAStreamedWorkbook() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ListExport.write(response, TABLE, ListExport.Format.of("XLSX"));
		assertThat(response.getContentType()).isEqualTo(SheetExport.CONTENT_TYPE);
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"budget-lines-2007-08.xlsx\"");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("budget-lines-2007-08");
			Row first = workbook.getSheetAt(0).getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("-P01");
			assertThat(first.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(-1250.5);
			assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2007, 2, 19));
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
		}
	}

	@Test
	void shouldTakeAnythingButXlsxForCsv() {
		assertThat(ListExport.Format.of(null)).isEqualTo(ListExport.Format.CSV);
		assertThat(ListExport.Format.of("<script>")).isEqualTo(ListExport.Format.CSV);
		assertThat(ListExport.Format.of("xlsx")).isEqualTo(ListExport.Format.XLSX);
	}

	@Test
	void shouldLinkBothFormatsWithThePageFiltersButNotItsPageNumber() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/assessments");
		request.addParameter("section", "RRD");
		request.addParameter("page", "3");
		request.addParameter("format", "csv");
		ExportLinks links = ExportLinks.of("/assessments/export", request, 312);
		assertThat(links.csv()).isEqualTo("/assessments/export?section=RRD");
		assertThat(links.xlsx()).isEqualTo("/assessments/export?section=RRD&format=xlsx");
		assertThat(links.count()).isEqualTo(312);
	}

}
