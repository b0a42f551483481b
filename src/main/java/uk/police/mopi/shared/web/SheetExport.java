package uk.police.mopi.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.HttpHeaders;

/**
 * Writes a list as an Excel workbook (one sheet, a bold header row, frozen under it): the
 * same rows a CSV export writes. Rows are streamed (SXSSF keeps 100 in memory), so memory
 * does not grow with the list. Text is always a text cell, never a formula; text a
 * spreadsheet would run as a formula is also marked "quote prefixed", so that it stays
 * text when the workbook is saved as CSV. Numbers and dates are written as numbers and
 * dates.
 */
public final class SheetExport {

	/** The content type of an .xlsx workbook. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The most characters an Excel cell holds. */
	static final int MAX_TEXT = 32_767;

	private SheetExport() {
	}

	/** Writes the header and rows to the response as the named attachment. */
	public static void write(HttpServletResponse response, String filename, String sheetName, List<String> header,
			List<? extends List<?>> rows) {
		write(response, filename, sheetName, header, ListExport.Table.of(filename, header, rows).body());
	}

	/**
	 * Writes the header and the rows the body adds to the response as the named
	 * attachment, streamed row by row.
	 */
	public static void write(HttpServletResponse response, String filename, String sheetName, List<String> header,
			Consumer<ListExport.Rows> body) {
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
		try {
			write(response.getOutputStream(), sheetName, header, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the header and rows as a workbook to the stream, which is left open. */
	public static void write(OutputStream out, String sheetName, List<String> header, List<? extends List<?>> rows) {
		write(out, sheetName, header, ListExport.Table.of(sheetName, header, rows).body());
	}

	/**
	 * Writes the header and the rows the body adds as a workbook to the stream, which is
	 * left open. The sheet's name is made safe for Excel (at most 31 characters).
	 */
	public static void write(OutputStream out, String sheetName, List<String> header, Consumer<ListExport.Rows> body) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			addSheet(workbook, new Styles(workbook), sheetName, header, body);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Adds a sheet to a workbook: a bold header row, frozen under it, then the rows the
	 * body adds, typed as {@link #set} types them. The name is made safe for Excel.
	 */
	public static void addSheet(Workbook workbook, Styles styles, String sheetName, List<String> header,
			Consumer<ListExport.Rows> body) {
		Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		Row top = sheet.createRow(0);
		for (int i = 0; i < header.size(); i++) {
			Cell cell = top.createCell(i);
			cell.setCellValue(header.get(i));
			cell.setCellStyle(styles.header);
		}
		sheet.createFreezePane(0, 1);
		int[] index = { 1 };
		body.accept((values) -> {
			Row row = sheet.createRow(index[0]++);
			for (int i = 0; i < values.length; i++) {
				set(row.createCell(i), values[i], styles);
			}
		});
	}

	/**
	 * Sets a cell from a value: numbers as numbers, dates as dates, anything else as
	 * text.
	 */
	public static void set(Cell cell, Object value, Styles styles) {
		if (value == null) {
			return;
		}
		if (value instanceof BigDecimal decimal) {
			cell.setCellValue(decimal.doubleValue());
			cell.setCellStyle(styles.money);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
		}
		else if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
		}
		else {
			String text = fitted(value.toString());
			cell.setCellValue(text);
			if (!text.equals(CsvExport.neutralised(text))) {
				cell.setCellStyle(styles.quoted);
			}
		}
	}

	/**
	 * The text as a cell can hold it: a cell holds at most 32,767 characters, so a longer
	 * text (an audit entry's details, say) is cut and ends with "…[+n]", n the characters
	 * left out. The CSV export of the same list carries the whole text.
	 */
	static String fitted(String text) {
		if (text.length() <= MAX_TEXT) {
			return text;
		}
		int kept = MAX_TEXT - 16;
		return text.substring(0, kept) + "…[+" + (text.length() - kept) + "]";
	}

	/** The cell styles of one workbook: a workbook may hold only so many. */
	public static final class Styles {

		private final CellStyle header;

		private final CellStyle money;

		private final CellStyle date;

		private final CellStyle quoted;

		/** The styles, created in the workbook. */
		public Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.money = workbook.createCellStyle();
			this.money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			this.quoted = workbook.createCellStyle();
			this.quoted.setQuotePrefixed(true);
		}

		/** The bold style of header cells. */
		public CellStyle header() {
			return this.header;
		}

	}

}
