package uk.police.mopi.finance.web;

import java.math.BigDecimal;

import uk.police.mopi.finance.ExternalCapView;

/** A year's cap on external resources, with a reason. */
class CapForm {

	private Long version;

	private String financialYear;

	private BigDecimal cap;

	private String note;

	private String reason;

	/** The form for a year: filled with its cap when it has one. */
	static CapForm of(String year, ExternalCapView cap) {
		CapForm form = new CapForm();
		form.setFinancialYear(year);
		if (cap != null) {
			form.setVersion(cap.version());
			form.setCap(cap.cap());
			form.setNote(cap.note());
		}
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getFinancialYear() {
		return this.financialYear;
	}

	public void setFinancialYear(String financialYear) {
		this.financialYear = financialYear;
	}

	public BigDecimal getCap() {
		return this.cap;
	}

	public void setCap(BigDecimal cap) {
		this.cap = cap;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
