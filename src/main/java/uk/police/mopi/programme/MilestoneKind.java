package uk.police.mopi.programme;

/** Who set a milestone. */
public enum MilestoneKind {

	/** Set by the Home Office for every force. */
	HOME_OFFICE,

	/** Set by one of the force's projects. */
	PROJECT

}
