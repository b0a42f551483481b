package uk.police.mopi.programme;

/**
 * How a dependency ties two milestones. A milestone has a finish (its forecast date) and
 * a start (its start date, or its forecast date when it is a point in time, which is what
 * most milestones are); the successor's date is held at or after the predecessor's date
 * plus the lag.
 */
public enum DependencyKind {

	/** The successor starts no earlier than the predecessor finishes, plus the lag. */
	FS,

	/** The successor starts no earlier than the predecessor starts, plus the lag. */
	SS,

	/** The successor finishes no earlier than the predecessor finishes, plus the lag. */
	FF

}
