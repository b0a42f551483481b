package uk.police.mopi.assessment.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.assessment.AssessmentPage;
import uk.police.mopi.assessment.AssessmentPages;
import uk.police.mopi.assessment.AssessmentService;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ClosingMilestones;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * One assessment: its criteria, state, evidence, proposals and history (any role) and its
 * edit form (programme team). Evidence, comments, proposals and decisions are posted to
 * {@link CellContributionController}.
 */
@Controller
@RequestMapping("/assessments/{requirement}/{area}")
class CellController {

	private final AssessmentPages pages;

	private final AssessmentService service;

	private final ObjectProvider<ClosingMilestones> closing;

	CellController(AssessmentPages pages, AssessmentService service, ObjectProvider<ClosingMilestones> closing) {
		this.pages = pages;
		this.service = service;
		this.closing = closing;
	}

	@ModelAttribute("key")
	CellKey key(@PathVariable String requirement, @PathVariable String area) {
		return CellPaths.key(requirement, area);
	}

	/** Where the person came from (their area view, say), when it is a local path. */
	@ModelAttribute("returnTo")
	String returnTo(@RequestParam(name = "returnTo", required = false) String returnTo) {
		return CellPaths.returnTo(returnTo);
	}

	@GetMapping
	@PreAuthorize("@assessmentPolicy.canRead(authentication, #area)")
	String detail(@PathVariable String area, @ModelAttribute("key") CellKey key, Model model) {
		model.addAttribute("cell", this.pages.detail(key));
		model.addAttribute("closing", CellPaths.closing(this.closing, key));
		if (!model.containsAttribute("contribution")) {
			model.addAttribute("contribution", new ContributionForm());
		}
		return "assessment/detail";
	}

	@GetMapping("/edit")
	@PreAuthorize("@assessmentPolicy.canEdit(authentication)")
	String editForm(@ModelAttribute("key") CellKey key, Model model) {
		AssessmentPage cell = this.pages.form(key);
		model.addAttribute("cell", cell);
		model.addAttribute("form", AssessmentForm.of(cell.assessment()));
		return "assessment/edit";
	}

	@PostMapping("/edit")
	@PreAuthorize("@assessmentPolicy.canEdit(authentication)")
	String edit(@ModelAttribute("key") CellKey key, @ModelAttribute("form") AssessmentForm form, BindingResult binding,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.submit(binding, () -> this.service.update(key, form.getVersion(), form.toChange(), user))) {
			redirect.addFlashAttribute("success", "assessment.saved");
			redirect.addFlashAttribute("successArgs", new Object[] { key.requirementCode(), key.area() });
			return CellPaths.redirect(key, CellPaths.returnTo(returnTo));
		}
		model.addAttribute("cell", this.pages.form(key));
		return "assessment/edit";
	}

}
