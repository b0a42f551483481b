package uk.police.mopi.assessment.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.View;

import uk.police.mopi.assessment.AssessmentMatrix;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.web.cache.PageCache;
import uk.police.mopi.shared.web.ExportLinks;
import uk.police.mopi.shared.web.ListExport;
import uk.police.mopi.user.PortalUser;

/**
 * The compliance matrix with its filters, now or as at a date, and every assessment it
 * shows as CSV or Excel. Any signed-in role may read it (an area owner sees their areas).
 * The matrix page is composed once per change of the data for each audience and filter
 * ({@link PageCache}).
 */
@Controller
class MatrixController {

	private final AssessmentMatrix matrix;

	private final ProgrammeCalendar calendar;

	private final CatalogueService catalogue;

	private final MatrixTableRenderer renderer;

	private final MatrixExport export;

	private final PageCache pages;

	MatrixController(AssessmentMatrix matrix, ProgrammeCalendar calendar, CatalogueService catalogue,
			MatrixTableRenderer renderer, MatrixExport export, PageCache pages) {
		this.pages = pages;
		this.renderer = renderer;
		this.export = export;
		this.matrix = matrix;
		this.calendar = calendar;
		this.catalogue = catalogue;
	}

	@GetMapping("/assessments")
	@PreAuthorize("isAuthenticated()")
	View matrix(@ModelAttribute("filter") MatrixFilterForm filter, BindingResult binding, Model model,
			@AuthenticationPrincipal PortalUser user, ServletWebRequest request, Locale locale) {
		return this.pages.page("assessment/matrix", user.audience(), model, request, () -> {
			AssessmentMatrix.View view = view(filter, binding, user);
			HttpServletRequest servletRequest = request.getRequest();
			model.addAttribute("view", view);
			model.addAttribute("exports", ExportLinks.of("/assessments/export", servletRequest, view.matchingCells()));
			model.addAttribute("matrixBody", this.renderer.render(view, servletRequest.getContextPath(), locale));
			model.addAttribute("sections", this.catalogue.sections());
			model.addAttribute("areas", this.matrix.areasFor(user));
			model.addAttribute("levels", ComplianceLevel.values());
			model.addAttribute("version", this.catalogue.activeVersion().orElse(null));
			model.addAttribute("today", this.calendar.today());
		});
	}

	/**
	 * Every assessment the matrix shows with these filters, one row each, as CSV or
	 * Excel.
	 */
	@GetMapping("/assessments/export")
	@PreAuthorize("isAuthenticated()")
	void export(@ModelAttribute("filter") MatrixFilterForm filter, BindingResult binding,
			@RequestParam(name = ListExport.FORMAT, required = false) String format,
			@AuthenticationPrincipal PortalUser user, HttpServletResponse response, Locale locale) {
		AssessmentMatrix.View view = view(filter, binding, user);
		LocalDate asAt = (filter.getAsAt() != null) ? filter.getAsAt() : this.calendar.today();
		ListExport.write(response, this.export.table(view, asAt, locale), ListExport.Format.of(format));
	}

	/**
	 * The matrix the filters ask for; now, when the date is not a date or in the future.
	 */
	private AssessmentMatrix.View view(MatrixFilterForm filter, BindingResult binding, PortalUser user) {
		if (binding.hasFieldErrors("asAt")) {
			filter.setAsAt(null);
		}
		if (filter.getAsAt() != null && filter.getAsAt().isAfter(this.calendar.today())) {
			binding.rejectValue("asAt", "assessment.asAt.future");
			filter.setAsAt(null);
		}
		return this.matrix.matrix(filter.toFilter(), user);
	}

}
