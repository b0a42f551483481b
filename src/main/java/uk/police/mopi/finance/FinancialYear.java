package uk.police.mopi.finance;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * A police financial year, April to March, written "2007/08".
 *
 * @param startYear the calendar year it starts in, e.g. 2007
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

	private static final Pattern LABEL = Pattern.compile("^(\\d{4})/(\\d{2})$");

	/** The financial year a date falls in. */
	public static FinancialYear of(LocalDate date) {
		return new FinancialYear(ProgrammeCalendar.financialYearStart(date).getYear());
	}

	/**
	 * Reads "2007/08".
	 * @throws IllegalArgumentException when the text is not a financial year
	 */
	public static FinancialYear parse(String label) {
		Matcher matcher = (label != null) ? LABEL.matcher(label.trim()) : null;
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException("A financial year is written like 2007/08");
		}
		int start = Integer.parseInt(matcher.group(1));
		if (Integer.parseInt(matcher.group(2)) != (start + 1) % 100) {
			throw new IllegalArgumentException("A financial year runs into the next year, like 2007/08");
		}
		return new FinancialYear(start);
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.startYear, 4, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(this.startYear + 1, 3, 31);
	}

	public String label() {
		return String.format("%d/%02d", this.startYear, (this.startYear + 1) % 100);
	}

	@Override
	public int compareTo(FinancialYear other) {
		return Integer.compare(this.startYear, other.startYear);
	}

	@Override
	public String toString() {
		return label();
	}

}
