package uk.police.mopi.audit;

import java.time.LocalDate;

import uk.police.mopi.shared.InvalidInputException;

/**
 * Which rows of the trail to show or export; every part optional.
 *
 * @param who the username (exact, any case)
 * @param action the start of the action, e.g. {@code signin} or {@code entity.update}
 * @param subject a kind of subject (e.g. {@code AppUser}, any case) or a subject's id
 * @param from the first day, in the force's time zone
 * @param to the last day
 */
public record AuditFilter(String who, String action, String subject, LocalDate from, LocalDate to) {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	public AuditFilter {
		who = blankToNull(who);
		action = blankToNull(action);
		subject = blankToNull(subject);
	}

	/** No filter: every row. */
	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

	/** Refuses dates outside 2000 to 2100, and a range that ends before it starts. */
	public void check() {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		for (String field : new String[] { "from", "to" }) {
			LocalDate date = "from".equals(field) ? this.from : this.to;
			if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
				problems.add(field, "audit.filter.date.range", EARLIEST.getYear(), LATEST.getYear());
			}
		}
		if (this.from != null && this.to != null && this.to.isBefore(this.from)) {
			problems.add("to", "audit.filter.date.order");
		}
		problems.throwIfAny();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
