package uk.police.mopi.assessment;

/** Where a proposal stands. */
public enum ProposalStatus {

	PENDING, ACCEPTED, REJECTED

}
