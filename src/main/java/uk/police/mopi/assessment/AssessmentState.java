package uk.police.mopi.assessment;

import java.time.LocalDate;

/**
 * The parts of an assessment that history tracks over time.
 *
 * @param level current level
 * @param applicable false when not applicable
 * @param targetLevel target level, or null
 * @param targetDate target date, or null
 */
public record AssessmentState(ComplianceLevel level, boolean applicable, ComplianceLevel targetLevel,
		LocalDate targetDate) {

	/** A gap: applicable, with a target, and the level below it. */
	public boolean gap() {
		return this.applicable && this.targetLevel != null && this.level.isBelow(this.targetLevel);
	}

	/** A gap whose target date is before {@code date}. */
	public boolean pastTarget(LocalDate date) {
		return gap() && this.targetDate != null && this.targetDate.isBefore(date);
	}

}
