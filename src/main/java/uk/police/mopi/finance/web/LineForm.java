package uk.police.mopi.finance.web;

import java.math.BigDecimal;

import uk.police.mopi.finance.BudgetLineChange;
import uk.police.mopi.finance.BudgetLineView;
import uk.police.mopi.finance.ResourceType;

/** A budget line: created, changed or removed, each with a reason. */
class LineForm {

	private long version;

	private String projectCode;

	private String financialYear;

	private ResourceType resourceType;

	private Long decisionId;

	private BigDecimal allocated;

	private BigDecimal forecast;

	private BigDecimal actual;

	private String reason;

	private String removalReason;

	/** The form to change a line, filled with its figures now. */
	static LineForm of(BudgetLineView line) {
		LineForm form = new LineForm();
		form.setVersion(line.version());
		form.setProjectCode(line.projectCode());
		form.setFinancialYear(line.financialYear());
		form.setResourceType(line.resourceType());
		form.setDecisionId(line.decisionId());
		form.setAllocated(line.allocated());
		form.setForecast(line.forecast());
		form.setActual(line.actual());
		return form;
	}

	BudgetLineChange change() {
		return new BudgetLineChange(this.projectCode, this.financialYear, this.resourceType, this.decisionId,
				this.allocated, this.forecast, this.actual, this.reason);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getProjectCode() {
		return this.projectCode;
	}

	public void setProjectCode(String projectCode) {
		this.projectCode = projectCode;
	}

	public String getFinancialYear() {
		return this.financialYear;
	}

	public void setFinancialYear(String financialYear) {
		this.financialYear = financialYear;
	}

	public ResourceType getResourceType() {
		return this.resourceType;
	}

	public void setResourceType(ResourceType resourceType) {
		this.resourceType = resourceType;
	}

	public Long getDecisionId() {
		return this.decisionId;
	}

	public void setDecisionId(Long decisionId) {
		this.decisionId = decisionId;
	}

	public BigDecimal getAllocated() {
		return this.allocated;
	}

	public void setAllocated(BigDecimal allocated) {
		this.allocated = allocated;
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

	public String getRemovalReason() {
		return this.removalReason;
	}

	public void setRemovalReason(String removalReason) {
		this.removalReason = removalReason;
	}

}
