package uk.police.mopi.programme.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.programme.ProjectStatus;
import uk.police.mopi.programme.Rag;
import uk.police.mopi.programme.Workstream;

/** The choices the project pages' forms offer: workstreams, statuses, RAGs and areas. */
@ControllerAdvice(assignableTypes = { ProjectController.class, PlanController.class })
class ProjectChoices {

	private final ObjectProvider<BusinessAreaService> areas;

	/**
	 * The areas are looked up when a project page is shown, so that web slices of other
	 * controllers need not provide them.
	 */
	ProjectChoices(ObjectProvider<BusinessAreaService> areas) {
		this.areas = areas;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("workstreams", Workstream.values());
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("rags", Rag.values());
		model.addAttribute("areas", this.areas.getObject().areas());
	}

}
