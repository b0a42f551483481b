package uk.police.mopi.returns.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import uk.police.mopi.returns.HomeOfficeReturn;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.web.CsvExport;
import uk.police.mopi.shared.web.ListExport;
import uk.police.mopi.shared.web.SheetExport;

/**
 * The return as a download: CSV (one table, cells a spreadsheet would run neutralised as
 * {@link CsvExport} does), Excel (three sheets: Return, Areas, Declaration, written as
 * {@link SheetExport} writes a sheet) or JSON (the record itself). Pages and the API
 * answer with the same bytes.
 */
final class ReturnFormats {

	static final String CSV = "csv";

	static final String XLSX = "xlsx";

	static final String JSON = "json";

	private ReturnFormats() {
	}

	/** The format asked for, json when none. */
	static String format(String format) {
		String name = (format == null || format.isBlank()) ? JSON : format.trim().toLowerCase(Locale.ROOT);
		if (!List.of(CSV, XLSX, JSON).contains(name)) {
			throw InvalidInputException.of("format", "returns.format.invalid");
		}
		return name;
	}

	/** The return in a format: JSON as the record, CSV and Excel as attachments. */
	static ResponseEntity<?> download(HomeOfficeReturn r, String format, String table) {
		String name = format(format);
		ReturnTables which = ReturnTables.named(table);
		String stem = "home-office-return-" + r.forceCode() + "-" + r.asAt();
		if (CSV.equals(name)) {
			return attachment(csv(r, which),
					stem + ((which == ReturnTables.REQUIREMENTS) ? "" : "-" + which.name().toLowerCase(Locale.ROOT))
							+ ".csv",
					"text/csv;charset=UTF-8");
		}
		if (XLSX.equals(name)) {
			return attachment(xlsx(r), stem + ".xlsx", SheetExport.CONTENT_TYPE);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(r);
	}

	static byte[] csv(HomeOfficeReturn r, ReturnTables table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(table.header().toArray(String[]::new)).get();
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
			for (List<Object> row : table.body(r)) {
				for (Object cell : row) {
					csv.print(CsvExport.neutralised(cell.toString()));
				}
				csv.println();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] xlsx(HomeOfficeReturn r) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			SheetExport.Styles styles = new SheetExport.Styles(workbook);
			for (ReturnTables table : ReturnTables.values()) {
				SheetExport.addSheet(workbook, styles, table.sheetName(), table.header(),
						ListExport.Table.of(table.sheetName(), table.header(), table.body(r)).body());
			}
			workbook.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static ResponseEntity<byte[]> attachment(byte[] body, String filename, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}

}
