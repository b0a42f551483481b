package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.police.mopi.shared.persistence.AuditedEntity;

/**
 * The most a financial year may spend on external resources. Changed only through
 * {@link BudgetLineService#setCap}, which appends every change to its history.
 */
@Entity
@Table(name = "external_cap")
class ExternalCap extends AuditedEntity {

	@Id
	private String financialYear;

	private BigDecimal cap;

	private String note;

	protected ExternalCap() {
	}

	ExternalCap(FinancialYear year, BigDecimal cap, String note, String by, Instant at) {
		this.financialYear = year.label();
		this.cap = cap;
		this.note = note;
		created(by, at);
	}

	void change(BigDecimal cap, String note, String by, Instant at) {
		this.cap = cap;
		this.note = note;
		changed(by, at);
	}

	String getFinancialYear() {
		return this.financialYear;
	}

	BigDecimal getCap() {
		return this.cap;
	}

	String getNote() {
		return this.note;
	}

}
