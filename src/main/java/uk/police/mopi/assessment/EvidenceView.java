package uk.police.mopi.assessment;

import java.time.Instant;

/**
 * A piece of evidence for an assessment: a link or where it is kept, a file, or both.
 *
 * @param id id
 * @param title what it is
 * @param reference a link or where it is kept (null when a file alone is the evidence)
 * @param addedBy who added it
 * @param addedAt when
 * @param removed true once withdrawn (kept for the record)
 * @param fileName the attached file's name, or null without a file
 * @param fileType the type detected from the file's bytes
 * @param fileSize the file's size in bytes
 * @param fileSha256 the file's SHA-256, in lower-case hexadecimal
 */
public record EvidenceView(long id, String title, String reference, String addedBy, Instant addedAt, boolean removed,
		String fileName, String fileType, Long fileSize, String fileSha256) {

	/** True when the reference is a web address that can be shown as a link. */
	public boolean link() {
		return this.reference != null
				&& (this.reference.startsWith("https://") || this.reference.startsWith("http://"));
	}

	/** True when a file is attached. */
	public boolean hasFile() {
		return this.fileName != null;
	}

	/** The file's size in kilobytes, at least 1, for people to read. */
	public long fileKilobytes() {
		return (this.fileSize != null) ? Math.max(1, (this.fileSize + 1023) / 1024) : 0;
	}

}
