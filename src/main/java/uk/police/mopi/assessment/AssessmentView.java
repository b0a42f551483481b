package uk.police.mopi.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessment as it stands.
 *
 * @param key requirement and area
 * @param applicable false when not applicable
 * @param notApplicableReason why not, when not applicable
 * @param level current level
 * @param targetLevel target level, or null
 * @param targetDate target date, or null
 * @param rationale rationale of the latest level or applicability change
 * @param assessedBy who last set the level
 * @param assessedAt when the level was last set
 * @param version optimistic-lock version; send it back with a change
 * @param updatedAt when anything last changed
 * @param updatedBy who last changed anything
 */
public record AssessmentView(CellKey key, boolean applicable, String notApplicableReason, ComplianceLevel level,
		ComplianceLevel targetLevel, LocalDate targetDate, String rationale, String assessedBy, Instant assessedAt,
		long version, Instant updatedAt, String updatedBy) {

	public AssessmentState state() {
		return new AssessmentState(this.level, this.applicable, this.targetLevel, this.targetDate);
	}

}
