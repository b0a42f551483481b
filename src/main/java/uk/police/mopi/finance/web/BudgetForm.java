package uk.police.mopi.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import uk.police.mopi.finance.BudgetLineView;

/** The budget page's forms: change a line, record a Board decision. */
class BudgetForm {

	private long version;

	private BigDecimal approved;

	private BigDecimal forecast;

	private BigDecimal actual;

	private String reason;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decidedOn;

	private String businessCase;

	private String financialYear;

	private BigDecimal amount;

	private String decision = "APPROVED";

	private String notes;

	/** The form to change a line, filled with its figures now. */
	static BudgetForm of(BudgetLineView line) {
		BudgetForm form = new BudgetForm();
		form.setVersion(line.version());
		form.setApproved(line.approved());
		form.setForecast(line.forecast());
		form.setActual(line.actual());
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public BigDecimal getApproved() {
		return this.approved;
	}

	public void setApproved(BigDecimal approved) {
		this.approved = approved;
	}

	public BigDecimal getForecast() {
		return this.forecast;
	}

	public void setForecast(BigDecimal forecast) {
		this.forecast = forecast;
	}

	public BigDecimal getActual() {
		return this.actual;
	}

	public void setActual(BigDecimal actual) {
		this.actual = actual;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
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

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
