package uk.police.mopi.programme.web;

import org.springframework.ui.Model;

import uk.police.mopi.programme.ProjectPage;

/** Puts a project's page into the model: one place for the names its template uses. */
final class ProjectPageModel {

	private ProjectPageModel() {
	}

	static String show(Model model, ProjectPage page, PlanForm form) {
		model.addAttribute("project", page.project());
		model.addAttribute("deliveries", page.deliveries());
		model.addAttribute("allMilestones", page.allMilestones());
		model.addAttribute("dependencies", page.dependencies());
		model.addAttribute("today", page.today());
		model.addAttribute("page", page);
		if (!model.containsAttribute("confidenceForm")) {
			model.addAttribute("confidenceForm", ConfidenceOverrideForm.of(page));
		}
		if (!model.containsAttribute("plan")) {
			model.addAttribute("plan", form);
		}
		if (!model.containsAttribute("removal")) {
			model.addAttribute("removal", new RemovalForm());
		}
		return "programme/project";
	}

}
