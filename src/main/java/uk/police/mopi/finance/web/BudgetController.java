package uk.police.mopi.finance.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.finance.BudgetLineView;
import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.finance.FinancialYear;
import uk.police.mopi.programme.DeliveryService;
import uk.police.mopi.programme.InvalidPlanException;
import uk.police.mopi.programme.PlanConflictException;
import uk.police.mopi.programme.PlanProblem;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.user.PortalUser;

/**
 * Budgets by financial year, with warnings, and the Investment Board's decisions. Any
 * role reads; the programme team changes lines and records decisions.
 */
@Controller
class BudgetController {

	private final FinanceService finance;

	BudgetController(FinanceService finance) {
		this.finance = finance;
	}

	@GetMapping("/budget")
	String budget(@RequestParam(required = false) String year, @RequestParam(required = false) String project,
			@AuthenticationPrincipal PortalUser user, Model model) {
		return page(year, project, user, model, new BudgetForm());
	}

	@GetMapping("/budget/lines/{id}")
	String lineForm(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		requirePlanner(user);
		BudgetLineView line = line(id);
		BudgetForm form = new BudgetForm();
		form.setVersion(line.version());
		form.setApproved(line.approved());
		form.setForecast(line.forecast());
		form.setActual(line.actual());
		model.addAttribute("line", line);
		model.addAttribute("budgetForm", form);
		return "finance/line";
	}

	@PostMapping("/budget/lines/{id}")
	String updateLine(@PathVariable long id, @ModelAttribute("budgetForm") BudgetForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		requirePlanner(user);
		BudgetLineView line = line(id);
		if (!binding.hasErrors()) {
			try {
				this.finance.updateLine(id, form.getVersion(), form.getApproved(), form.getForecast(), form.getActual(),
						form.getReason(), user);
				redirect.addFlashAttribute("success", "budget.saved");
				return "redirect:/budget";
			}
			catch (InvalidPlanException ex) {
				reject(binding, ex);
			}
			catch (PlanConflictException ex) {
				binding.reject("budget.stale");
			}
		}
		model.addAttribute("line", line);
		return "finance/line";
	}

	@PostMapping("/budget/decisions")
	String recordDecision(@ModelAttribute("budgetForm") BudgetForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		requirePlanner(user);
		if (!binding.hasErrors()) {
			try {
				this.finance.recordDecision(form.getDecidedOn(), form.getBusinessCase(), form.getFinancialYear(),
						form.getAmount(), form.getDecision(), form.getNotes(), user);
				redirect.addFlashAttribute("success", "budget.decision.saved");
				return "redirect:/budget";
			}
			catch (InvalidPlanException ex) {
				reject(binding, ex);
			}
		}
		return page(null, null, user, model, form);
	}

	private String page(String year, String project, PortalUser user, Model model, BudgetForm form) {
		String validYear = null;
		if (year != null && !year.isBlank()) {
			try {
				validYear = FinancialYear.parse(year).label();
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("yearProblem", ex.getMessage());
			}
		}
		String projectCode = (project != null && project.matches("^[A-Za-z0-9-]{1,12}$")) ? project : null;
		model.addAttribute("year", validYear);
		model.addAttribute("project", projectCode);
		model.addAttribute("totals", this.finance.totals(validYear));
		String linesYear = (validYear != null || projectCode != null) ? validYear : this.finance.currentYear().label();
		model.addAttribute("linesYear", linesYear);
		model.addAttribute("lines", this.finance.lines(linesYear, projectCode));
		model.addAttribute("decisions", this.finance.decisions(validYear));
		model.addAttribute("canPlan", DeliveryService.canPlan(user));
		if (!model.containsAttribute("budgetForm")) {
			model.addAttribute("budgetForm", form);
		}
		return "finance/budget";
	}

	private BudgetLineView line(long id) {
		return this.finance.line(id).orElseThrow(() -> new NotFoundException("There is no budget line " + id));
	}

	private static void requirePlanner(PortalUser user) {
		if (!DeliveryService.canPlan(user)) {
			throw new AccessDeniedException("Only the programme team may change budgets");
		}
	}

	private static void reject(BindingResult binding, InvalidPlanException ex) {
		for (PlanProblem problem : ex.problems()) {
			binding.rejectValue(problem.field(), "plan.invalid", problem.message());
		}
	}

}
