package uk.police.mopi.programme.web;

import java.time.LocalDate;
import java.util.Map;

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

import uk.police.mopi.programme.DeliveryService;
import uk.police.mopi.programme.ProjectPage;
import uk.police.mopi.programme.ProjectPages;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * The forms on a project's page that change its plan: milestones, forecasts, outcomes,
 * dependencies, traced assessments and the RAG override. Programme team only. A refused
 * change shows the project's page again with the errors on their fields.
 */
@Controller
@RequestMapping("/projects/{code}")
class PlanController {

	private final ProjectPages pages;

	private final DeliveryService delivery;

	PlanController(ProjectPages pages, DeliveryService delivery) {
		this.pages = pages;
		this.delivery = delivery;
	}

	@PostMapping("/milestones")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String addMilestone(@PathVariable String code, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, form, binding, model, redirect, "project.milestone.added", () -> this.delivery
			.addMilestone(code, form.getMilestoneCode(), form.getMilestoneTitle(), form.getMilestoneBaseline(), user));
	}

	@PostMapping("/forecasts")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String moveForecast(@PathVariable String code, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, form, binding, model, redirect, "project.forecast.moved", () -> {
			Map<String, LocalDate> moved = this.delivery.moveForecast(form.getMilestone(), form.getVersion(),
					form.getForecast(), form.getReason(), user);
			if (!moved.isEmpty()) {
				redirect.addFlashAttribute("moved", moved);
			}
		});
	}

	@PostMapping("/outcomes")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String recordOutcome(@PathVariable String code, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, form, binding, model, redirect, "project.outcome.recorded",
				() -> this.delivery.recordOutcome(form.getMilestone(), form.getVersion(), form.isAchieved(),
						form.getActual(), form.getReason(), user));
	}

	@PostMapping("/dependencies")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String addDependency(@PathVariable String code, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, form, binding, model, redirect, "project.dependency.added", () -> this.delivery
			.addDependency(form.getPredecessor(), form.getSuccessor(), form.getKind(), form.getLagDays(), user));
	}

	@PostMapping("/deliveries")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String addDelivery(@PathVariable String code, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, form, binding, model, redirect, "project.delivery.added", () -> this.delivery
			.addDelivery(form.getMilestone(), form.getRequirement(), form.getArea(), form.getLevel(), user));
	}

	@PostMapping("/rag")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String overrideRag(@PathVariable String code, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, form, binding, model, redirect, "project.rag.saved",
				() -> this.delivery.overrideRag(code, form.getVersion(), form.getRag(), form.getRagReason(), user));
	}

	/**
	 * Runs the change on the project's page: back to the page on success, or the page
	 * again with the problems on their fields.
	 */
	private String act(String code, PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect,
			String success, Runnable change) {
		ProjectPage page = this.pages.page(code);
		if (Forms.submit(binding, change)) {
			redirect.addFlashAttribute("success", success);
			return "redirect:/projects/" + code;
		}
		return ProjectPageModel.show(model, page, form);
	}

}
