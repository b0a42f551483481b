package uk.police.mopi.assessment;

import java.time.LocalDate;

/**
 * A change to an assessment. A null level or applicability leaves it as it is; the target
 * changes only when {@code changeTarget} is true (to nothing when both its fields are
 * null).
 *
 * @param level new level, or null to keep it
 * @param applicable new applicability, or null to keep it
 * @param notApplicableReason why not applicable, required when applicable is false
 * @param changeTarget whether to set the target
 * @param targetLevel new target level (Fair, Good or Excellent), or null for no target
 * @param targetDate new target date, or null for no target
 * @param rationale why: required whenever the level or applicability changes
 */
public record AssessmentChange(ComplianceLevel level, Boolean applicable, String notApplicableReason,
		boolean changeTarget, ComplianceLevel targetLevel, LocalDate targetDate, String rationale) {

	public static AssessmentChange level(ComplianceLevel level, String rationale) {
		return new AssessmentChange(level, null, null, false, null, null, rationale);
	}

	public static AssessmentChange target(ComplianceLevel targetLevel, LocalDate targetDate, String rationale) {
		return new AssessmentChange(null, null, null, true, targetLevel, targetDate, rationale);
	}

}
