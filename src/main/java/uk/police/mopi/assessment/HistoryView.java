package uk.police.mopi.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change to an assessment.
 *
 * @param id row id, in the order changes were made
 * @param kind what changed
 * @param changedAt when
 * @param changedBy who
 * @param from the value before, or null
 * @param to the value after, or null
 * @param reason why: the rationale, comment or decision reason
 * @param stateAfter the assessment's state after this change
 * @param versionAfter the assessment's version after this change
 */
public record HistoryView(long id, HistoryKind kind, Instant changedAt, String changedBy, String from, String to,
		String reason, AssessmentState stateAfter, long versionAfter) {

	private static final Pattern TARGET = Pattern.compile("([A-Z_]+) by (\\d{4}-\\d{2}-\\d{2})");

	/**
	 * A value of the history as a page words it: a level (shown by its name, "Not met"),
	 * a target (a level by a date), or other text as recorded. The history keeps the
	 * machine-readable value ("NOT_MET", "GOOD by 2008-12-31"), which the API returns.
	 *
	 * @param level the level the value names, or null
	 * @param date the date of a target, or null
	 * @param text the value as recorded, when it names no level
	 */
	public record Value(ComplianceLevel level, LocalDate date, String text) {

		static Value of(String value) {
			if (value == null) {
				return null;
			}
			Matcher target = TARGET.matcher(value);
			if (target.matches() && level(target.group(1)) != null) {
				return new Value(level(target.group(1)), LocalDate.parse(target.group(2)), null);
			}
			ComplianceLevel level = level(value);
			return (level != null) ? new Value(level, null, null) : new Value(null, null, value);
		}

		private static ComplianceLevel level(String name) {
			for (ComplianceLevel level : ComplianceLevel.values()) {
				if (level.name().equals(name)) {
					return level;
				}
			}
			return null;
		}

	}

	/** The value before, for a page to word; null when there was none. */
	public Value fromValue() {
		return Value.of(this.from);
	}

	/** The value after, for a page to word; null when there is none. */
	public Value toValue() {
		return Value.of(this.to);
	}

}
