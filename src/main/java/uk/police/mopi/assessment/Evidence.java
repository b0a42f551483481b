package uk.police.mopi.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A piece of evidence for an assessment: added once, and withdrawn rather than deleted so
 * that it stays on record.
 */
@Entity
@Table(name = "assessment_evidence")
class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long assessmentId;

	private String title;

	private String reference;

	private String addedBy;

	private Instant addedAt;

	private String removedBy;

	private Instant removedAt;

	private String fileName;

	private String fileType;

	private Long fileSize;

	private String fileSha256;

	protected Evidence() {
	}

	Evidence(long assessmentId, String title, String reference, String by, Instant at) {
		this.assessmentId = assessmentId;
		this.title = title;
		this.reference = reference;
		this.addedBy = by;
		this.addedAt = at;
	}

	/** Records the file attached to this evidence (its bytes are kept apart). */
	void attach(String name, String type, long size, String sha256) {
		this.fileName = name;
		this.fileType = type;
		this.fileSize = size;
		this.fileSha256 = sha256;
	}

	Long getId() {
		return this.id;
	}

	void withdraw(String by, Instant at) {
		this.removedBy = by;
		this.removedAt = at;
	}

	String getTitle() {
		return this.title;
	}

	String getAddedBy() {
		return this.addedBy;
	}

}
