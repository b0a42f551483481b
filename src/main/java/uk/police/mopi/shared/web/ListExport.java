package uk.police.mopi.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;

/**
 * The one way a list page exports its rows: the page's controller builds a {@link Table}
 * (a header and the rows its filter shows, every page of them) once, and the reader picks
 * the format. {@link CsvExport} writes CSV, {@link SheetExport} a streamed Excel
 * workbook, from the same rows, so the two never disagree. Cells are typed: text, numbers
 * (money as {@code BigDecimal}), dates ({@code LocalDate}); text a spreadsheet would run
 * as a formula stays text in both formats.
 */
public final class ListExport {

	/** The name of the request parameter that picks the format. */
	public static final String FORMAT = "format";

	private ListExport() {
	}

	/** A format a list exports to. */
	public enum Format {

		/** Comma-separated values, UTF-8. */
		CSV,
		/** An Excel workbook (.xlsx) of one sheet. */
		XLSX;

		/** The format asked for: Excel for {@code xlsx}, CSV for anything else. */
		public static Format of(String value) {
			return "xlsx".equalsIgnoreCase(value) ? XLSX : CSV;
		}

		/** The file name's extension, without the dot. */
		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Where a table's body writes its rows, one call a row. */
	@FunctionalInterface
	public interface Rows {

		/** Adds a row of cells: text, numbers, dates or null for an empty cell. */
		void add(Object... cells);

	}

	/**
	 * A list to export.
	 *
	 * @param name the file's name without extension, also the sheet's (cut to 31
	 * characters)
	 * @param header the column headings, in the reader's language
	 * @param body writes every row, in the page's order
	 */
	public record Table(String name, List<String> header, Consumer<Rows> body) {

		/** A table of rows already in a list. */
		public static Table of(String name, List<String> header, List<? extends List<?>> rows) {
			return new Table(name, header, (out) -> rows.forEach((row) -> out.add(row.toArray())));
		}

	}

	/**
	 * The words of an export, in the reader's language: headings, levels, RAGs and
	 * statuses as the pages show them (messages.properties).
	 *
	 * @param messages the portal's messages
	 * @param locale the reader's language
	 */
	public record Words(MessageSource messages, Locale locale) {

		/** The text of a message. */
		public String of(String code, Object... args) {
			return this.messages.getMessage(code, args, this.locale);
		}

		/** The text of the message {@code prefix + value}, or null for no value. */
		public String of(String prefix, Enum<?> value) {
			return (value != null) ? of(prefix + value.name()) : null;
		}

		/** The texts of the messages, in order: a header. */
		public List<String> all(String... codes) {
			return Arrays.stream(codes).map(this::of).toList();
		}

		/** Yes or No. */
		public String yesNo(boolean value) {
			return of(value ? "export.yes" : "export.no");
		}

	}

	/** Writes the table to the response as an attachment in the format asked for. */
	public static void write(HttpServletResponse response, Table table, Format format) {
		String filename = table.name() + "." + format.extension();
		if (format == Format.XLSX) {
			SheetExport.write(response, filename, table.name(), table.header(), table.body());
		}
		else {
			CsvExport.write(response, filename, table.header(), table.body());
		}
	}

}
