package uk.police.mopi.dashboard.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.dashboard.DeliveryPages;
import uk.police.mopi.programme.DeliveryConfidence;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * What achieved milestones have not delivered yet (anyone signed in; an area owner sees
 * their own areas), and the programme's delivery confidence, which the programme team may
 * override with a reason.
 */
@Controller
class DeliveryController {

	private final DeliveryPages pages;

	private final DeliveryConfidence confidence;

	DeliveryController(DeliveryPages pages, DeliveryConfidence confidence) {
		this.pages = pages;
		this.confidence = confidence;
	}

	@GetMapping("/delivery/follow-up")
	@PreAuthorize("isAuthenticated()")
	String followUp(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("page", this.pages.followUp(user));
		return "delivery/follow-up";
	}

	@GetMapping("/delivery/confidence")
	@PreAuthorize("isAuthenticated()")
	String confidence(Model model) {
		model.addAttribute("form", new ConfidenceForm());
		model.addAttribute("page", this.pages.confidence());
		return "delivery/confidence";
	}

	@PostMapping("/delivery/confidence")
	@PreAuthorize("hasRole('PROGRAMME_TEAM')")
	String setConfidence(@Valid @ModelAttribute("form") ConfidenceForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (!Forms.submit(binding, () -> this.confidence.setProgramme(form.confidence(), form.getReason(), user))) {
			model.addAttribute("page", this.pages.confidence());
			return "delivery/confidence";
		}
		redirect.addFlashAttribute("success", "confidence.programme.saved");
		return "redirect:/delivery/confidence";
	}

}
