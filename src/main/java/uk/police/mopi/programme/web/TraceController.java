package uk.police.mopi.programme.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.programme.BulkTracing;
import uk.police.mopi.programme.TracePreview;
import uk.police.mopi.programme.TraceRequest;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * Traces many assessments to one milestone in one step: a preview of what would be traced
 * (GET), then one submission applies it (POST). Programme team only; the unplanned-gaps
 * list and the matrix link here with their filters.
 */
@Controller
class TraceController {

	private final BulkTracing tracing;

	private final BusinessAreaService areas;

	TraceController(BulkTracing tracing, BusinessAreaService areas) {
		this.tracing = tracing;
		this.areas = areas;
	}

	@GetMapping("/plan/trace")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String preview(@ModelAttribute("trace") TraceForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model) {
		TracePreview[] preview = new TracePreview[1];
		if (!Forms.submit(binding, () -> preview[0] = this.tracing.preview(form.request(), user))) {
			preview[0] = this.tracing.preview(withoutChoices(form), user);
		}
		return show(model, form, preview[0]);
	}

	@PostMapping("/plan/trace")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String apply(@ModelAttribute("trace") TraceForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		TracePreview[] applied = new TracePreview[1];
		if (Forms.submit(binding, () -> applied[0] = this.tracing.apply(form.request(), user))) {
			redirect.addFlashAttribute("success", "trace.applied");
			redirect.addFlashAttribute("successArgs", new Object[] { applied[0].count(), applied[0].milestone().code(),
					applied[0].alreadyTraced(), applied[0].notAbove() });
			return "redirect:/projects/" + applied[0].milestone().projectCode();
		}
		return show(model, form, this.tracing.preview(withoutChoices(form), user));
	}

	/** The form's filters alone, for showing the page again after a refusal. */
	private static TraceRequest withoutChoices(TraceForm form) {
		TraceForm filters = new TraceForm();
		filters.setSection(form.getSection());
		filters.setArea(form.getArea());
		filters.setUnplanned(form.isUnplanned());
		return filters.request();
	}

	private String show(Model model, TraceForm form, TracePreview preview) {
		model.addAttribute("preview", preview);
		model.addAttribute("shown", preview.rows().stream().limit(TraceForm.ROWS_SHOWN).toList());
		model.addAttribute("ticked", form.ticked());
		model.addAttribute("areas", this.areas.areas());
		model.addAttribute("levels", java.util.List.of("FAIR", "GOOD", "EXCELLENT"));
		return "programme/trace";
	}

}
