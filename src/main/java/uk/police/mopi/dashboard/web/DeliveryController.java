package uk.police.mopi.dashboard.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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

import uk.police.mopi.dashboard.DeliveryPages;
import uk.police.mopi.programme.DeliveryConfidence;
import uk.police.mopi.programme.DeliveryFollowUp;
import uk.police.mopi.shared.web.ExportLinks;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.shared.web.ListExport;
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

	private final MessageSource messages;

	DeliveryController(DeliveryPages pages, DeliveryConfidence confidence, MessageSource messages) {
		this.messages = messages;
		this.pages = pages;
		this.confidence = confidence;
	}

	@GetMapping("/delivery/follow-up")
	@PreAuthorize("isAuthenticated()")
	String followUp(@AuthenticationPrincipal PortalUser user, Model model) {
		DeliveryPages.FollowUpPage page = this.pages.followUp(user);
		model.addAttribute("page", page);
		model.addAttribute("exports", ExportLinks.of("/delivery/follow-up/export", Map.of(),
				page.awaiting().size() + page.notDelivered().size()));
		return "delivery/follow-up";
	}

	/**
	 * Both follow-up lists the page shows this person, awaiting first, as CSV or Excel.
	 */
	@GetMapping("/delivery/follow-up/export")
	@PreAuthorize("isAuthenticated()")
	void exportFollowUp(@RequestParam(name = ListExport.FORMAT, required = false) String format,
			@AuthenticationPrincipal PortalUser user, HttpServletResponse response, Locale locale) {
		DeliveryPages.FollowUpPage page = this.pages.followUp(user);
		ListExport.Words words = new ListExport.Words(this.messages, locale);
		List<String> header = words.all("compare.col.requirement", "compare.col.area", "delivery.col.milestone",
				"budget.col.project", "export.col.achievedOn", "export.col.plannedLevel", "delivery.col.now",
				"export.col.followUp");
		ListExport.write(response, new ListExport.Table("delivery-follow-up", header, (rows) -> {
			for (var list : List.of(page.awaiting(), page.notDelivered())) {
				for (DeliveryFollowUp.Undelivered trace : list) {
					rows.add(trace.key().requirementCode(), trace.key().area(), trace.milestoneCode(),
							trace.projectCode(), trace.achievedOn(), words.of("level.", trace.plannedLevel()),
							words.of("level.", trace.level()), words.of(trace.notDelivered()
									? "export.followUp.notDelivered" : "export.followUp.awaiting"));
				}
			}
		}), ListExport.Format.of(format));
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
