package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One project's money of one kind in one financial year.
 *
 * @param id id
 * @param projectCode project
 * @param projectName its name
 * @param financialYear e.g. 2007/08
 * @param resourceType internal or external
 * @param allocated allocated to the project from the year's approved funding
 * @param forecast expected to be spent
 * @param actual spent so far
 * @param version optimistic-lock version
 * @param decisionId the Board decision funding it, or null
 * @param decidedOn the date of that decision, or null
 * @param funding whether that decision covers it
 * @param funded the part of the allocation the decision covers
 */
public record BudgetLineView(long id, String projectCode, String projectName, String financialYear,
		ResourceType resourceType, BigDecimal allocated, BigDecimal forecast, BigDecimal actual, long version,
		Long decisionId, LocalDate decidedOn, LineFunding funding, BigDecimal funded) {

	/** Forecast above the allocation. */
	public boolean overAllocated() {
		return this.forecast.compareTo(this.allocated) > 0;
	}

	/** Allocated beyond the decisions: no approved decision covers all of it. */
	@JsonProperty
	public boolean unfunded() {
		return this.funding.unfunded();
	}

}
