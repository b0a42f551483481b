package uk.police.mopi.board.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import uk.police.mopi.board.DecisionInput;
import uk.police.mopi.board.DecisionView;

/** The form recording a Board decision. */
class DecisionForm {

	private Long id;

	private Long version;

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

	/** The form filled with a recorded decision, to change it. */
	static DecisionForm of(DecisionView decision) {
		DecisionForm form = new DecisionForm();
		form.id = decision.id();
		form.version = decision.version();
		form.meetingId = decision.meetingId();
		form.packId = decision.packId();
		form.businessCase = decision.businessCase();
		form.financialYear = decision.financialYear();
		form.amount = decision.amount();
		form.decision = decision.decision();
		form.projects = new ArrayList<>(decision.projects());
		form.conditions = decision.conditions();
		form.decidedBy = decision.decidedBy();
		form.notes = decision.notes();
		return form;
	}

	DecisionInput input() {
		return new DecisionInput(this.meetingId, this.packId, this.businessCase, this.financialYear, this.amount,
				this.decision, this.projects, this.conditions, this.decidedBy, this.notes);
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
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
