package uk.police.mopi.programme.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.programme.DeliveryService;
import uk.police.mopi.programme.ProjectPages;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * Overrides a project's delivery confidence, with a reason, or returns it to the rule.
 * Programme team only; a refused change shows the project's page again with the errors.
 */
@Controller
class ConfidenceOverrideController {

	private final ProjectPages pages;

	private final DeliveryService delivery;

	ConfidenceOverrideController(ProjectPages pages, DeliveryService delivery) {
		this.pages = pages;
		this.delivery = delivery;
	}

	@PostMapping("/projects/{code}/confidence")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String override(@PathVariable String code, @ModelAttribute("confidenceForm") ConfidenceOverrideForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (Forms.submit(binding, () -> this.delivery.overrideConfidence(code, form.getVersion(), form.getConfidence(),
				form.getConfidenceReason(), user))) {
			redirect.addFlashAttribute("success", "confidence.project.saved");
			return "redirect:/projects/" + code;
		}
		return ProjectPageModel.show(model, this.pages.page(code), new PlanForm());
	}

}
