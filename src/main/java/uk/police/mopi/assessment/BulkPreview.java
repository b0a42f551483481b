package uk.police.mopi.assessment;

import java.util.List;

/**
 * What a bulk update would change, shown before it is applied.
 *
 * @param matching assessments the selection takes in
 * @param changing those the change would alter (the others already are as it asks)
 * @param moves how many would move from each level to the new one, most first
 * @param targetChanges how many would get a new target
 * @param sample the first of those that would change, by requirement then area
 */
public record BulkPreview(int matching, int changing, List<Move> moves, int targetChanges,
		List<AssessmentView> sample) {

	/** How many shown in the sample. */
	public static final int SAMPLE = 20;

	/**
	 * Assessments that would move from one level to another.
	 *
	 * @param from their level now
	 * @param to the level they would get
	 * @param count how many
	 */
	public record Move(ComplianceLevel from, ComplianceLevel to, int count) {
	}

}
