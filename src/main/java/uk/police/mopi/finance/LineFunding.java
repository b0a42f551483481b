package uk.police.mopi.finance;

/**
 * Whether a budget line's allocation is covered by an approved Investment Board decision.
 * Anything but {@link #FUNDED} is "unfunded" and shown as a warning.
 */
public enum LineFunding {

	/** Linked to an approved decision of its year, within the decision's amount. */
	FUNDED,

	/** No decision named. */
	NO_DECISION,

	/** Its decision was deferred or rejected. */
	NOT_APPROVED,

	/**
	 * Its decision's lines (in the order they were created) allocate more than it
	 * approved.
	 */
	BEYOND_DECISION;

	public boolean unfunded() {
		return this != FUNDED;
	}

}
