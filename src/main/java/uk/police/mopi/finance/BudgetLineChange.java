package uk.police.mopi.finance;

import java.math.BigDecimal;

/**
 * What the programme team enters for a budget line. The project, year and kind of money
 * name a new line; a change keeps them and sets the rest.
 *
 * @param projectCode project (new lines)
 * @param financialYear e.g. 2008/09 (new lines)
 * @param resourceType internal or external (new lines)
 * @param decisionId the Board decision funding it, or null while there is none
 * @param allocated allocated to the project
 * @param forecast expected to be spent
 * @param actual spent so far
 * @param reason why, kept in the budget history
 */
public record BudgetLineChange(String projectCode, String financialYear, ResourceType resourceType, Long decisionId,
		BigDecimal allocated, BigDecimal forecast, BigDecimal actual, String reason) {
}
