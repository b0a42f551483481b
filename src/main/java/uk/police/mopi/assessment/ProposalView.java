package uk.police.mopi.assessment;

import java.time.Instant;

/**
 * A level proposed by an area owner, and the programme team's decision.
 *
 * @param id id
 * @param proposedLevel the level proposed
 * @param rationale why
 * @param proposedBy who
 * @param proposedAt when
 * @param status pending, accepted or rejected
 * @param decidedBy who decided, or null
 * @param decidedAt when, or null
 * @param decisionReason why, or null
 */
public record ProposalView(long id, ComplianceLevel proposedLevel, String rationale, String proposedBy,
		Instant proposedAt, ProposalStatus status, String decidedBy, Instant decidedAt, String decisionReason) {
}
