package uk.police.mopi.programme;

/** Where a project is in its life. */
public enum ProjectStatus {

	PROPOSED, APPROVED, IN_PROGRESS, CLOSED, CANCELLED

}
