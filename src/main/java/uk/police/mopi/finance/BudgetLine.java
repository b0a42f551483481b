package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.police.mopi.shared.persistence.AuditedEntity;

/**
 * One project's money of one kind in one financial year. Changed only through
 * {@link FinanceService#updateLine}, which also appends the change to the budget history.
 */
@Entity
@Table(name = "budget_line")
class BudgetLine extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long projectId;

	private String financialYear;

	@Enumerated(EnumType.STRING)
	private ResourceType resourceType;

	private BigDecimal approved;

	private BigDecimal forecast;

	private BigDecimal actual;

	protected BudgetLine() {
	}

	BudgetLine(long projectId, FinancialYear year, ResourceType type, BigDecimal approved, BigDecimal forecast,
			BigDecimal actual, String by, Instant at) {
		this.projectId = projectId;
		this.financialYear = year.label();
		this.resourceType = type;
		this.approved = approved;
		this.forecast = forecast;
		this.actual = actual;
		created(by, at);
	}

	void change(BigDecimal approved, BigDecimal forecast, BigDecimal actual, String by, Instant at) {
		this.approved = approved;
		this.forecast = forecast;
		this.actual = actual;
		changed(by, at);
	}

	Long getId() {
		return this.id;
	}

	long getProjectId() {
		return this.projectId;
	}

	String getFinancialYear() {
		return this.financialYear;
	}

	ResourceType getResourceType() {
		return this.resourceType;
	}

	BigDecimal getApproved() {
		return this.approved;
	}

	BigDecimal getForecast() {
		return this.forecast;
	}

	BigDecimal getActual() {
		return this.actual;
	}

}
