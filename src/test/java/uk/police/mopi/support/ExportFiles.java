package uk.police.mopi.support;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.police.mopi.shared.web.SheetExport;
import uk.police.mopi.user.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Downloads a list's export and reads it back: the CSV's records, or the Excel sheet's
 * rows as the CSV writes them. Every Excel cell is checked to be no formula.
 */
public final class ExportFiles {

	private ExportFiles() {
	}

	/** The records of a CSV export, its header first. */
	public static List<CSVRecord> csv(MockMvc mvc, PortalUser person, String href) throws Exception {
		MvcResult result = mvc.perform(get(href).with(user(person))).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader("Content-Disposition")).matches("attachment; filename=\".+\\.csv\"");
		return CSVFormat.DEFAULT.parse(new StringReader(result.getResponse().getContentAsString())).getRecords();
	}

	/**
	 * The rows of an Excel export's sheet as the CSV writes them: dates as ISO dates,
	 * numbers plain, text as it is (a quote-prefixed cell with the apostrophe the CSV
	 * adds).
	 */
	public static List<List<String>> sheet(MockMvc mvc, PortalUser person, String href) throws Exception {
		MvcResult result = mvc.perform(get(href).with(user(person))).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo(SheetExport.CONTENT_TYPE);
		assertThat(result.getResponse().getHeader("Content-Disposition")).matches("attachment; filename=\".+\\.xlsx\"");
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			int width = sheet.getRow(0).getLastCellNum();
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int i = 0; i < width; i++) {
					values.add(text(row.getCell(i)));
				}
				rows.add(values);
			}
		}
		return rows;
	}

	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		assertThat(cell.getCellType()).as("no formula in an export").isNotEqualTo(CellType.FORMULA);
		if (cell.getCellType() == CellType.NUMERIC) {
			if (cell.getCellStyle().getDataFormatString().equals("yyyy-mm-dd")) {
				return cell.getLocalDateTimeCellValue().toLocalDate().toString();
			}
			return plain(BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString());
		}
		String text = cell.getStringCellValue();
		return cell.getCellStyle().getQuotePrefixed() ? "'" + text : text;
	}

	/** A number written plainly (125000.00 and 125000 alike); any other text as it is. */
	private static String plain(String value) {
		return value.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(value).stripTrailingZeros().toPlainString() : value;
	}

	/** A CSV record with its numbers written plainly. */
	public static List<String> plain(CSVRecord record) {
		return record.stream().map(ExportFiles::plain).toList();
	}

}
