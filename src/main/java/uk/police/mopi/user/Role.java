package uk.police.mopi.user;

/**
 * What a person may do in the portal.
 */
public enum Role {

	/** Manages users, area owners and the catalogue. */
	ADMIN,

	/** The programme team: updates assessments, runs projects and milestones. */
	PROGRAMME_TEAM,

	/** A business-area owner: sees and contributes to their own areas. */
	AREA_OWNER,

	/** The Investment Board: reads everything, changes nothing. */
	BOARD;

	/** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
