package uk.police.mopi.finance;

import java.util.List;

/**
 * The budget page: totals per financial year, the lines of one year or project, the
 * Board's decisions.
 *
 * @param year the financial year asked for, or null for every year
 * @param yearInvalid whether the year asked for was not a financial year (then all are
 * shown)
 * @param project the project asked for, or null
 * @param totals programme totals per year (of the year asked for, or all)
 * @param linesYear the year whose lines are listed: the one asked for, else the current
 * one unless a project was asked for
 * @param lines the lines listed
 * @param decisions the Board's decisions (of the year asked for, or all)
 */
public record BudgetPage(String year, boolean yearInvalid, String project, List<YearTotals> totals, String linesYear,
		List<BudgetLineView> lines, List<BoardDecisionView> decisions) {

}
