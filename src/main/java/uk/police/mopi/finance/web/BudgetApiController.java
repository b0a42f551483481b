package uk.police.mopi.finance.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.finance.BoardDecisionView;
import uk.police.mopi.finance.BudgetLineView;
import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.finance.YearTotals;
import uk.police.mopi.user.PortalUser;

/** Budgets for machines. Any role, with HTTP Basic. */
@RestController
@Tag(name = "Budget")
class BudgetApiController {

	private final FinanceService finance;

	BudgetApiController(FinanceService finance) {
		this.finance = finance;
	}

	/**
	 * The budget of one financial year, or of all.
	 *
	 * @param year e.g. 2007/08, or null for every year
	 * @param totals per year: approved (by the Board's approved decisions), allocated,
	 * unfunded, unallocated, forecast, actual, variance, external and the warnings
	 * (unfunded, unallocated, forecast-over-approved, external-over-cap)
	 * @param lines the budget lines the totals sum, each with its funding decision and
	 * whether it is funded
	 * @param decisions the Investment Board's decisions, each with the lines it funds
	 */
	record Budget(String year, List<YearTotals> totals, List<BudgetLineView> lines, List<BoardDecisionView> decisions) {
	}

	@GetMapping("/api/v1/budget")
	@PreAuthorize("isAuthenticated()")
	@Operation(
			summary = "Approved, allocated, forecast and actual money with warnings, budget lines and the Board decisions funding them, optionally of one financial year (year=2007/08)")
	Budget budget(@RequestParam(required = false) String year, @AuthenticationPrincipal PortalUser user) {
		String label = (year != null && !year.isBlank()) ? FinanceService.year("year", year).label() : null;
		FinanceService.ScopedBudget budget = this.finance.budget(label, user);
		return new Budget(label, budget.totals(), budget.lines(), budget.decisions());
	}

}
