package uk.police.mopi.assessment;

import java.time.Instant;

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
}
