package uk.police.mopi.shared;

/**
 * The programme's key dates, set by the Home Office in the National Force Action Plan and
 * kept as its milestones (reference data in the database, never written in code).
 */
public enum KeyDate {

	/** The 2006 Capability Assessment: the baseline progress is measured from. */
	CAPABILITY_ASSESSMENT("HO-2006-CA"),

	/** Fair compliance in the key requirements of the six priority business areas. */
	FAIR_IN_PRIORITY_AREAS("HO-2007-FAIR"),

	/** A fully funded Action Plan. */
	FUNDED_ACTION_PLAN("HO-2007-PLAN"),

	/** Full compliance across all business areas. */
	FULL_COMPLIANCE("HO-2010-FULL");

	private final String milestoneCode;

	KeyDate(String milestoneCode) {
		this.milestoneCode = milestoneCode;
	}

	/** The code of the Home Office milestone that carries this date. */
	public String milestoneCode() {
		return this.milestoneCode;
	}

}
