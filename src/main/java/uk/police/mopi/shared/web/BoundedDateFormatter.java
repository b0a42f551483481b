package uk.police.mopi.shared.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.Formatter;

import uk.police.mopi.shared.InputBounds;

/**
 * How every page's date (query parameter or form field) is read: yyyy-MM-dd within
 * {@link InputBounds}. Anything else fails binding before the handler runs: a field error
 * ({@code typeMismatch}) on a form, a 400 for a query parameter, never a query.
 */
class BoundedDateFormatter implements Formatter<LocalDate> {

	@Override
	public LocalDate parse(String text, Locale locale) {
		LocalDate date = InputBounds.parse(text);
		if (!InputBounds.inRange(date)) {
			throw new IllegalArgumentException(InputBounds.DATE_OUT_OF_RANGE);
		}
		return date;
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return date.toString();
	}

}
