package uk.police.mopi.assessment;

/** What a history row records. */
public enum HistoryKind {

	CREATED, BASELINE, LEVEL, TARGET, APPLICABILITY, EVIDENCE_ADDED, EVIDENCE_REMOVED, COMMENT, PROPOSED,
	PROPOSAL_ACCEPTED, PROPOSAL_REJECTED

}
