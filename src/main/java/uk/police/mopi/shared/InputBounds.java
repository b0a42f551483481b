package uk.police.mopi.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The one place that says how far input may go before the portal refuses it, checked
 * before any query: dates between {@link #EARLIEST} and {@link #LATEST} (the database and
 * the programme's charts have no meaning outside them; narrower rules, such as an
 * assessment's target date, are checked by their module on top), and text without NUL or
 * other control characters (PostgreSQL refuses NUL in text).
 */
public final class InputBounds {

	/** The earliest date the portal accepts anywhere. */
	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** The latest date the portal accepts anywhere. */
	public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	/** The message code of a date that is not a real date written yyyy-MM-dd. */
	public static final String DATE_INVALID = "input.date.invalid";

	/** The message code of a real date outside the bounds. */
	public static final String DATE_OUT_OF_RANGE = "input.date.range";

	private InputBounds() {
	}

	/** Whether a date lies within the bounds. */
	public static boolean inRange(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

	/**
	 * Reads a date written yyyy-MM-dd (four-digit year, no sign) within the bounds.
	 * @param field the field it came from, named in the refusal
	 * @param text the text, or null or blank for none
	 * @return the date, or null when none was given
	 * @throws InvalidInputException ({@value #DATE_INVALID} or
	 * {@value #DATE_OUT_OF_RANGE}) otherwise
	 */
	public static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = parse(text);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(field, DATE_INVALID);
		}
		return check(field, date);
	}

	/**
	 * Refuses a date outside the bounds.
	 * @throws InvalidInputException ({@value #DATE_OUT_OF_RANGE}) when it is
	 */
	public static LocalDate check(String field, LocalDate date) {
		if (date != null && !inRange(date)) {
			throw InvalidInputException.of(field, DATE_OUT_OF_RANGE, EARLIEST.toString(), LATEST.toString());
		}
		return date;
	}

	/**
	 * Parses yyyy-MM-dd strictly: exactly four digits of year, so that neither year 0
	 * written with a sign nor year 275760 gets as far as a range check.
	 * @throws DateTimeParseException when it is not such a date
	 */
	public static LocalDate parse(String text) {
		String trimmed = text.trim();
		if (!trimmed.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
			throw new DateTimeParseException("not yyyy-MM-dd", trimmed, 0);
		}
		return LocalDate.parse(trimmed, DateTimeFormatter.ISO_LOCAL_DATE);
	}

	/** Text with NUL and the other control characters but tab and line breaks removed. */
	public static String printable(String text) {
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				StringBuilder clean = new StringBuilder(text.length());
				text.chars().filter((c) -> !isControl((char) c)).forEach((c) -> clean.append((char) c));
				return clean.toString();
			}
		}
		return text;
	}

	private static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
	}

}
