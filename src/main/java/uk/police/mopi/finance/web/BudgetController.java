package uk.police.mopi.finance.web;

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

import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * Budgets by financial year, with warnings, and the Investment Board's decisions. Any
 * role reads; the programme team records decisions (lines and caps:
 * {@link BudgetLineController}, {@link ExternalCapController}).
 */
@Controller
class BudgetController {

	private final FinanceService finance;

	BudgetController(FinanceService finance) {
		this.finance = finance;
	}

	@GetMapping("/budget")
	@PreAuthorize("isAuthenticated()")
	String budget(@RequestParam(required = false) String year, @RequestParam(required = false) String project,
			@AuthenticationPrincipal PortalUser user, Model model) {
		return page(year, project, user, model, new BudgetForm());
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
		model.addAttribute("budget", this.finance.page(year, project, user));
		if (!model.containsAttribute("budgetForm")) {
			model.addAttribute("budgetForm", form);
		}
		return "finance/budget";
	}

}
