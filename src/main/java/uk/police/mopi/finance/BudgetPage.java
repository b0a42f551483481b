package uk.police.mopi.finance;

import java.util.List;

/**
 * The budget page: totals per financial year, the lines of one year, of every year or of
 * a project, the Board's decisions with the lines each funds.
 *
 * @param year the financial year asked for, or null for every year
 * @param yearInvalid whether the year asked for was not a financial year (then all are
 * shown)
 * @param allYears whether every year's lines were asked for
 * @param project the project asked for, or null
 * @param years every year the reader may choose
 * @param totals programme totals per year (of the year asked for, or all)
 * @param linesYear the year whose lines are listed: the one asked for, else the current
 * one unless a project or every year was asked for
 * @param lines the lines listed
 * @param decisions the Board's decisions (of the year asked for, or all)
 */
public record BudgetPage(String year, boolean yearInvalid, boolean allYears, String project, List<String> years,
		List<YearTotals> totals, String linesYear, List<BudgetLineView> lines, List<BoardDecisionView> decisions) {

	/** The filter's value for every year's lines. */
	public static final String ALL_YEARS = "all";

}
