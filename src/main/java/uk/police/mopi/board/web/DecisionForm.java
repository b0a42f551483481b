package uk.police.mopi.board.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import uk.police.mopi.board.DecisionInput;

/** The form recording a Board decision. */
class DecisionForm {

	private Long meetingId;

	private Long packId;

	private String businessCase;

	private String financialYear;

	private BigDecimal amount;

	private String decision = "APPROVED";

	private List<String> projects = new ArrayList<>();

	private String conditions;

	private String decidedBy;

	private String notes;

	DecisionInput input() {
		return new DecisionInput(this.meetingId, this.packId, this.businessCase, this.financialYear, this.amount,
				this.decision, this.projects, this.conditions, this.decidedBy, this.notes);
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public void setMeetingId(Long meetingId) {
		this.meetingId = meetingId;
	}

	public Long getPackId() {
		return this.packId;
	}

	public void setPackId(Long packId) {
		this.packId = packId;
	}

	public String getBusinessCase() {
		return this.businessCase;
	}

	public void setBusinessCase(String businessCase) {
		this.businessCase = businessCase;
	}

	public String getFinancialYear() {
		return this.financialYear;
	}

	public void setFinancialYear(String financialYear) {
		this.financialYear = financialYear;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public List<String> getProjects() {
		return this.projects;
	}

	public void setProjects(List<String> projects) {
		this.projects = (projects != null) ? projects : new ArrayList<>();
	}

	public String getConditions() {
		return this.conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public void setDecidedBy(String decidedBy) {
		this.decidedBy = decidedBy;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
