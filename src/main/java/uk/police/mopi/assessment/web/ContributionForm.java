package uk.police.mopi.assessment.web;

import org.springframework.web.multipart.MultipartFile;

import uk.police.mopi.assessment.ComplianceLevel;

/**
 * The smaller forms on an assessment's page: evidence, comment, proposal and decision.
 * Each is posted to its own address and uses only its own fields.
 */
class ContributionForm {

	private String evidenceTitle;

	private String evidenceReference;

	private MultipartFile file;

	private String comment;

	private ComplianceLevel proposedLevel;

	private String proposalRationale;

	private long proposalId;

	private boolean accept;

	private String decisionReason;

	private long version;

	public String getEvidenceTitle() {
		return this.evidenceTitle;
	}

	public void setEvidenceTitle(String evidenceTitle) {
		this.evidenceTitle = evidenceTitle;
	}

	public String getEvidenceReference() {
		return this.evidenceReference;
	}

	public void setEvidenceReference(String evidenceReference) {
		this.evidenceReference = evidenceReference;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public ComplianceLevel getProposedLevel() {
		return this.proposedLevel;
	}

	public void setProposedLevel(ComplianceLevel proposedLevel) {
		this.proposedLevel = proposedLevel;
	}

	public String getProposalRationale() {
		return this.proposalRationale;
	}

	public void setProposalRationale(String proposalRationale) {
		this.proposalRationale = proposalRationale;
	}

	public long getProposalId() {
		return this.proposalId;
	}

	public void setProposalId(long proposalId) {
		this.proposalId = proposalId;
	}

	public boolean isAccept() {
		return this.accept;
	}

	public void setAccept(boolean accept) {
		this.accept = accept;
	}

	public String getDecisionReason() {
		return this.decisionReason;
	}

	public void setDecisionReason(String decisionReason) {
		this.decisionReason = decisionReason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
