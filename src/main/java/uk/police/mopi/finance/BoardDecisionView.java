package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A decision of the Investment Board and the budget lines it funds.
 *
 * @param id id
 * @param decidedOn date of the Board
 * @param businessCase the business case decided
 * @param financialYear the year the money is for
 * @param amount the amount (approved, or asked for when rejected or deferred)
 * @param decision approved, rejected or deferred
 * @param notes notes
 * @param projectCode the project when it funds exactly one (board_decision_project), or
 * null for the programme or several
 * @param allocated the sum of the lines naming it (those the reader may see)
 * @param lines the lines naming it (those the reader may see)
 */
public record BoardDecisionView(long id, LocalDate decidedOn, String businessCase, String financialYear,
		BigDecimal amount, String decision, String notes, String projectCode, BigDecimal allocated,
		List<FundedLine> lines) {

	public boolean approved() {
		return "APPROVED".equals(this.decision);
	}

	/** Approved, and its lines allocate less than it approved. */
	@JsonProperty
	public boolean notFullyAllocated() {
		return approved() && this.allocated.compareTo(this.amount) < 0;
	}

	/** Its lines allocate more than it approved (or it approved nothing). */
	@JsonProperty
	public boolean overAllocated() {
		return this.allocated.compareTo(approved() ? this.amount : BigDecimal.ZERO) > 0;
	}

	/**
	 * A budget line as its decision lists it.
	 *
	 * @param id the line's id
	 * @param projectCode project
	 * @param resourceType internal or external
	 * @param allocated allocated
	 */
	public record FundedLine(long id, String projectCode, ResourceType resourceType, BigDecimal allocated) {
	}

}
