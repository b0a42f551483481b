package uk.police.mopi.finance.web;

import org.springframework.security.access.prepost.PreAuthorize;
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

import uk.police.mopi.finance.BudgetLineService;
import uk.police.mopi.finance.BudgetLineView;
import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * The programme team creates, changes and removes budget lines, each with a reason kept
 * in the budget history.
 */
@Controller
class BudgetLineController {

	private final FinanceService finance;

	private final BudgetLineService lines;

	BudgetLineController(FinanceService finance, BudgetLineService lines) {
		this.finance = finance;
		this.lines = lines;
	}

	@GetMapping("/budget/lines/new")
	@PreAuthorize("hasRole('PROGRAMME_TEAM')")
	String newLine(@RequestParam(required = false) String year, Model model) {
		LineForm form = new LineForm();
		form.setFinancialYear((year != null && year.matches("^\\d{4}/\\d{2}$")) ? year : null);
		model.addAttribute("lineForm", form);
		return form(null, model);
	}

	@PostMapping("/budget/lines")
	@PreAuthorize("hasRole('PROGRAMME_TEAM')")
	String createLine(@ModelAttribute("lineForm") LineForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (Forms.submit(binding, () -> this.lines.createLine(form.change(), user))) {
			redirect.addFlashAttribute("success", "funding.line.created");
			return "redirect:/budget?year=" + form.getFinancialYear().trim();
		}
		return form(null, model);
	}

	@GetMapping("/budget/lines/{id}")
	@PreAuthorize("hasRole('PROGRAMME_TEAM')")
	String lineForm(@PathVariable long id, Model model) {
		BudgetLineView line = line(id);
		model.addAttribute("lineForm", LineForm.of(line));
		return form(line, model);
	}

	@PostMapping("/budget/lines/{id}")
	@PreAuthorize("hasRole('PROGRAMME_TEAM')")
	String updateLine(@PathVariable long id, @ModelAttribute("lineForm") LineForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		BudgetLineView line = line(id);
		if (Forms.submit(binding, () -> this.lines.updateLine(id, form.getVersion(), form.change(), user))) {
			redirect.addFlashAttribute("success", "budget.saved");
			return "redirect:/budget?year=" + line.financialYear();
		}
		return form(line, model);
	}

	@PostMapping("/budget/lines/{id}/remove")
	@PreAuthorize("hasRole('PROGRAMME_TEAM')")
	String removeLine(@PathVariable long id, @ModelAttribute("lineForm") LineForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		BudgetLineView line = line(id);
		if (Forms.submit(binding, () -> this.lines.removeLine(id, form.getVersion(), form.getRemovalReason(), user))) {
			redirect.addFlashAttribute("success", "funding.line.removed");
			return "redirect:/budget?year=" + line.financialYear();
		}
		LineForm current = LineForm.of(line);
		current.setRemovalReason(form.getRemovalReason());
		model.addAttribute("lineForm", current);
		return form(line, model);
	}

	private String form(BudgetLineView line, Model model) {
		model.addAttribute("line", line);
		model.addAttribute("choices", this.lines.choices());
		return "finance/line";
	}

	private BudgetLineView line(long id) {
		return this.finance.line(id).orElseThrow(() -> new NotFoundException("There is no budget line " + id));
	}

}
