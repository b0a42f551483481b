package uk.police.mopi.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.police.mopi.shared.persistence.AuditedEntity;

/** A level an area owner proposes for an assessment, until the programme team decides. */
@Entity
@Table(name = "assessment_proposal")
class Proposal extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long assessmentId;

	@Enumerated(EnumType.STRING)
	private ComplianceLevel proposedLevel;

	private String rationale;

	private String proposedBy;

	private Instant proposedAt;

	@Enumerated(EnumType.STRING)
	private ProposalStatus status;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionReason;

	protected Proposal() {
	}

	Proposal(long assessmentId, ComplianceLevel level, String rationale, String by, Instant at) {
		this.assessmentId = assessmentId;
		this.proposedLevel = level;
		this.rationale = rationale;
		this.proposedBy = by;
		this.proposedAt = at;
		this.status = ProposalStatus.PENDING;
		created(by, at);
	}

	void decide(boolean accept, String reason, String by, Instant at) {
		this.status = accept ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED;
		this.decisionReason = reason;
		this.decidedBy = by;
		this.decidedAt = at;
		changed(by, at);
	}

	ComplianceLevel getProposedLevel() {
		return this.proposedLevel;
	}

	String getProposedBy() {
		return this.proposedBy;
	}

}
