package uk.police.mopi.assessment.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.police.mopi.assessment.AssessmentMatrix;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.user.PortalUser;

/**
 * The compliance matrix with its filters, now or as at a date. Any signed-in role may
 * read it.
 */
@Controller
class MatrixController {

	private final AssessmentMatrix matrix;

	private final ProgrammeCalendar calendar;

	private final CatalogueService catalogue;

	private final MatrixTableRenderer renderer;

	MatrixController(AssessmentMatrix matrix, ProgrammeCalendar calendar, CatalogueService catalogue,
			MatrixTableRenderer renderer) {
		this.renderer = renderer;
		this.matrix = matrix;
		this.calendar = calendar;
		this.catalogue = catalogue;
	}

	@GetMapping("/assessments")
	@PreAuthorize("isAuthenticated()")
	String matrix(@ModelAttribute("filter") MatrixFilterForm filter, BindingResult binding, Model model,
			@AuthenticationPrincipal PortalUser user, jakarta.servlet.http.HttpServletRequest request,
			java.util.Locale locale) {
		if (binding.hasFieldErrors("asAt")) {
			filter.setAsAt(null);
		}
		if (filter.getAsAt() != null && filter.getAsAt().isAfter(this.calendar.today())) {
			binding.rejectValue("asAt", "assessment.asAt.future");
			filter.setAsAt(null);
		}
		AssessmentMatrix.View view = this.matrix.matrix(filter.toFilter(), user);
		model.addAttribute("view", view);
		model.addAttribute("matrixBody", this.renderer.render(view, request.getContextPath(), locale));
		model.addAttribute("sections", this.catalogue.sections());
		model.addAttribute("areas", this.matrix.areasFor(user));
		model.addAttribute("levels", ComplianceLevel.values());
		model.addAttribute("version", this.catalogue.activeVersion().orElse(null));
		model.addAttribute("today", this.calendar.today());
		return "assessment/matrix";
	}

}
