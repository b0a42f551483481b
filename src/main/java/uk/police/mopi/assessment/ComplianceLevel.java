package uk.police.mopi.assessment;

/**
 * How far an assessment meets its requirement. Ordered, and cumulative: Good includes
 * everything Fair asks, Excellent everything Good asks. "Not applicable" is kept apart,
 * as the assessment's applicability.
 */
public enum ComplianceLevel {

	NOT_ASSESSED("–"), NOT_MET("NM"), FAIR("F"), GOOD("G"), EXCELLENT("E");

	private final String abbreviation;

	ComplianceLevel(String abbreviation) {
		this.abbreviation = abbreviation;
	}

	/**
	 * A short form for dense tables, always shown with the full name for assistive
	 * technology.
	 */
	public String abbreviation() {
		return this.abbreviation;
	}

	public boolean isBelow(ComplianceLevel other) {
		return other != null && compareTo(other) < 0;
	}

	/** Whether this level can be a target: Fair, Good or Excellent. */
	public boolean isTarget() {
		return compareTo(FAIR) >= 0;
	}

}
