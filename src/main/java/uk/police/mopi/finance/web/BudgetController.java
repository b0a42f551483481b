package uk.police.mopi.finance.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.finance.BudgetPage;
import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.shared.web.ExportLinks;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.shared.web.ListExport;
import uk.police.mopi.user.PortalUser;

/**
 * Budgets by financial year, with warnings, and the Investment Board's decisions; the
 * lines shown as CSV or Excel. Any role reads; the programme team records decisions
 * (lines and caps: {@link BudgetLineController}, {@link ExternalCapController}).
 */
@Controller
class BudgetController {

	private final FinanceService finance;

	private final BudgetLinesExport export;

	BudgetController(FinanceService finance, BudgetLinesExport export) {
		this.finance = finance;
		this.export = export;
	}

	@GetMapping("/budget")
	@PreAuthorize("isAuthenticated()")
	String budget(@RequestParam(required = false) String year, @RequestParam(required = false) String project,
			@AuthenticationPrincipal PortalUser user, Model model) {
		return page(year, project, user, model, new BudgetForm());
	}

	/** The budget lines the page shows for this year and project, as CSV or Excel. */
	@GetMapping("/budget/export")
	@PreAuthorize("isAuthenticated()")
	void export(@RequestParam(required = false) String year, @RequestParam(required = false) String project,
			@RequestParam(name = ListExport.FORMAT, required = false) String format,
			@AuthenticationPrincipal PortalUser user, HttpServletResponse response, Locale locale) {
		ListExport.write(response, this.export.table(this.finance.page(year, project, user), locale),
				ListExport.Format.of(format));
	}

	@PostMapping("/budget/decisions")
	@PreAuthorize("hasRole('PROGRAMME_TEAM')")
	String recordDecision(@ModelAttribute("budgetForm") BudgetForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (Forms.submit(binding, () -> this.finance.recordDecision(form.getDecidedOn(), form.getBusinessCase(),
				form.getFinancialYear(), form.getAmount(), form.getDecision(), form.getNotes(), user))) {
			redirect.addFlashAttribute("success", "budget.decision.saved");
			return "redirect:/budget";
		}
		return page(null, null, user, model, form);
	}

	private String page(String year, String project, PortalUser user, Model model, BudgetForm form) {
		BudgetPage budget = this.finance.page(year, project, user);
		model.addAttribute("budget", budget);
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("year", (budget.linesYear() != null) ? budget.linesYear() : year);
		filters.put("project", budget.project());
		model.addAttribute("exports", ExportLinks.of("/budget/export", filters, budget.lines().size()));
		if (!model.containsAttribute("budgetForm")) {
			model.addAttribute("budgetForm", form);
		}
		return "finance/budget";
	}

}
