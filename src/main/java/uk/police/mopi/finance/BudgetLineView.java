package uk.police.mopi.finance;

import java.math.BigDecimal;

/**
 * One project's money of one kind in one financial year.
 *
 * @param id id
 * @param projectCode project
 * @param projectName its name
 * @param financialYear e.g. 2007/08
 * @param resourceType internal or external
 * @param approved approved by the Investment Board
 * @param forecast expected to be spent
 * @param actual spent so far
 * @param version optimistic-lock version
 */
public record BudgetLineView(long id, String projectCode, String projectName, String financialYear,
		ResourceType resourceType, BigDecimal approved, BigDecimal forecast, BigDecimal actual, long version) {

	/** Forecast above approved. */
	public boolean overApproved() {
		return this.forecast.compareTo(this.approved) > 0;
	}

}
