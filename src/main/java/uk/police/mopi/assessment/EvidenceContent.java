package uk.police.mopi.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a file attached to evidence, in a table of their own so that listing
 * evidence never reads them. Written once with the evidence, never changed.
 */
@Entity
@Table(name = "assessment_evidence_file")
class EvidenceContent {

	@Id
	private Long evidenceId;

	private byte[] content;

	protected EvidenceContent() {
	}

	EvidenceContent(long evidenceId, byte[] content) {
		this.evidenceId = evidenceId;
		this.content = content;
	}

}
