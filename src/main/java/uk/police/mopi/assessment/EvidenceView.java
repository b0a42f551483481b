package uk.police.mopi.assessment;

import java.time.Instant;

/**
 * A piece of evidence for an assessment.
 *
 * @param id id
 * @param title what it is
 * @param reference a link or where it is kept
 * @param addedBy who added it
 * @param addedAt when
 * @param removed true once withdrawn (kept for the record)
 */
public record EvidenceView(long id, String title, String reference, String addedBy, Instant addedAt, boolean removed) {

	/** True when the reference is a web address that can be shown as a link. */
	public boolean link() {
		return this.reference.startsWith("https://") || this.reference.startsWith("http://");
	}

}
