package uk.police.mopi.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;

/**
 * Writes a list as a CSV attachment: every row of the filter shown, not just one page. A
 * cell a spreadsheet would run as a formula (text starting with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe.
 */
public final class CsvExport {

	private CsvExport() {
	}

	/** Writes the header and rows to the response as the named attachment. */
	public static void write(HttpServletResponse response, String filename, List<String> header,
			List<? extends List<?>> rows) {
		write(response, filename, header, ListExport.Table.of(filename, header, rows).body());
	}

	/**
	 * Writes the header and the rows the body adds to the response as the named
	 * attachment, row by row.
	 */
	public static void write(HttpServletResponse response, String filename, List<String> header,
			Consumer<ListExport.Rows> body) {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
		try (CSVPrinter csv = new CSVPrinter(response.getWriter(), format)) {
			body.accept((cells) -> print(csv, cells));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void print(CSVPrinter csv, Object[] cells) {
		try {
			for (Object cell : cells) {
				csv.print(text(cell));
			}
			csv.println();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A cell as CSV text: dates as ISO dates (2008-09-30), money as plain decimals, text
	 * neutralised. Numbers are never neutralised: a negative amount is a number, not a
	 * formula.
	 */
	static String text(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (cell instanceof Number || cell instanceof LocalDate || cell instanceof Boolean) {
			return cell.toString();
		}
		return neutralised(cell.toString());
	}

	/** The cell as text a spreadsheet shows and never runs. */
	public static String neutralised(String cell) {
		if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}

}
