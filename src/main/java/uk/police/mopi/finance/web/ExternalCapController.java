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

import uk.police.mopi.finance.BudgetLineService;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * The programme team sets a financial year's cap on external resources, with a reason.
 */
@Controller
class ExternalCapController {

	private final BudgetLineService lines;

	ExternalCapController(BudgetLineService lines) {
		this.lines = lines;
	}

	@GetMapping("/budget/cap")
	@PreAuthorize("hasRole('PROGRAMME_TEAM')")
	String capForm(@RequestParam(required = false) String year, Model model) {
		String valid = (year != null && year.matches("^\\d{4}/\\d{2}$")) ? year : null;
		model.addAttribute("capForm", CapForm.of(valid, (valid != null) ? this.lines.cap(valid).orElse(null) : null));
		return "finance/cap";
	}

	@PostMapping("/budget/cap")
	@PreAuthorize("hasRole('PROGRAMME_TEAM')")
	String setCap(@ModelAttribute("capForm") CapForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (Forms.submit(binding, () -> this.lines.setCap(form.getFinancialYear(), form.getVersion(), form.getCap(),
				form.getNote(), form.getReason(), user))) {
			redirect.addFlashAttribute("success", "funding.cap.saved");
			return "redirect:/budget?year=" + form.getFinancialYear().trim();
		}
		return "finance/cap";
	}

}
