package uk.police.mopi.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

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
			List<List<String>> rows) {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
		try (CSVPrinter csv = new CSVPrinter(response.getWriter(), format)) {
			for (List<String> row : rows) {
				for (String cell : row) {
					csv.print(neutralised(cell));
				}
				csv.println();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The cell as text a spreadsheet shows and never runs. */
	public static String neutralised(String cell) {
		if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}

}
