package uk.police.mopi.programme.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.programme.PlanRemovals;
import uk.police.mopi.programme.ProjectPage;
import uk.police.mopi.programme.ProjectPages;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * The removal forms on a project's page: a milestone, a dependency, traced assessments,
 * each with a reason kept in the history. Programme team only.
 */
@Controller
@RequestMapping("/projects/{code}")
class PlanRemovalController {

	private final ProjectPages pages;

	private final PlanRemovals removals;

	PlanRemovalController(ProjectPages pages, PlanRemovals removals) {
		this.pages = pages;
		this.removals = removals;
	}

	@PostMapping("/milestones/remove")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String removeMilestone(@PathVariable String code, @ModelAttribute("removal") RemovalForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, binding, model, redirect, "plan.removed.milestone",
				() -> this.removals.removeMilestone(form.getRemoveMilestone(), form.getRemovalReason(), user));
	}

	@PostMapping("/dependencies/remove")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String removeDependency(@PathVariable String code, @ModelAttribute("removal") RemovalForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, binding, model, redirect, "plan.removed.dependency", () -> {
			String[] codes = form.dependencyCodes();
			this.removals.removeDependency(codes[0], codes[1], form.getRemovalReason(), user);
		});
	}

	@PostMapping("/deliveries/remove")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String removeTraces(@PathVariable String code, @ModelAttribute("removal") RemovalForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, binding, model, redirect, "plan.removed.traces", () -> {
			int removed = this.removals.removeTraces(form.traceList(), form.getRemovalReason(), user);
			redirect.addFlashAttribute("successArgs", new Object[] { removed });
		});
	}

	private String act(String code, BindingResult binding, Model model, RedirectAttributes redirect, String success,
			Runnable change) {
		ProjectPage page = this.pages.page(code);
		if (Forms.submit(binding, change)) {
			redirect.addFlashAttribute("success", success);
			return "redirect:/projects/" + code;
		}
		return ProjectPageModel.show(model, page, new PlanForm());
	}

}
