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
 * One project's allocation of one kind of money in one financial year, and the Board
 * decision funding it. Changed only through {@link BudgetLineService}, which also appends
 * every change to the budget history.
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

	private Long decisionId;

	private BigDecimal allocated;

	private BigDecimal forecast;

	private BigDecimal actual;

	protected BudgetLine() {
	}

	BudgetLine(long projectId, FinancialYear year, ResourceType type, Amounts amounts, String by, Instant at) {
		this.projectId = projectId;
		this.financialYear = year.label();
		this.resourceType = type;
		set(amounts);
		created(by, at);
	}

	void change(Amounts amounts, String by, Instant at) {
		set(amounts);
		changed(by, at);
	}

	private void set(Amounts amounts) {
		this.decisionId = amounts.decisionId();
		this.allocated = amounts.allocated();
		this.forecast = amounts.forecast();
		this.actual = amounts.actual();
	}

	/** What a change sets: the funding decision and the three amounts. */
	record Amounts(Long decisionId, BigDecimal allocated, BigDecimal forecast, BigDecimal actual) {
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

	Long getDecisionId() {
		return this.decisionId;
	}

	BigDecimal getAllocated() {
		return this.allocated;
	}

	BigDecimal getForecast() {
		return this.forecast;
	}

	BigDecimal getActual() {
		return this.actual;
	}

}
