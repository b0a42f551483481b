package uk.police.mopi.assessment.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.assessment.AssessmentComparison;
import uk.police.mopi.assessment.AssessmentMatrix;
import uk.police.mopi.assessment.RequirementTitles;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.web.ExportLinks;
import uk.police.mopi.shared.web.ListExport;
import uk.police.mopi.shared.web.PageOfRows;
import uk.police.mopi.user.PortalUser;

/**
 * Compares the matrix at two dates, of every area or one: a page of 100 changes at a
 * time, and every change of the comparison as CSV. Any signed-in role.
 */
@Controller
class CompareController {

	private final AssessmentComparison comparison;

	private final AssessmentMatrix matrix;

	private final RequirementTitles titles;

	private final ComparisonExport export;

	private final ProgrammeCalendar calendar;

	CompareController(AssessmentComparison comparison, AssessmentMatrix matrix, RequirementTitles titles,
			ComparisonExport export, ProgrammeCalendar calendar) {
		this.comparison = comparison;
		this.matrix = matrix;
		this.titles = titles;
		this.export = export;
		this.calendar = calendar;
	}

	@GetMapping("/assessments/compare")
	@PreAuthorize("isAuthenticated()")
	String compare(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String area, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal PortalUser user, HttpServletRequest request, Model model) {
		AssessmentComparison.Result result = result(from, to, area, user);
		model.addAttribute("result", result);
		model.addAttribute("paged", PageOfRows.of(result.changes(), page,
				request.getRequestURI().substring(request.getContextPath().length()), request.getParameterMap()));
		model.addAttribute("area", areaCode(area));
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("from", result.from());
		filters.put("to", result.to());
		filters.put("area", areaCode(area));
		model.addAttribute("exports", ExportLinks.of("/assessments/compare/export", filters, result.changes().size()));
		model.addAttribute("areas", this.matrix.areasFor(user));
		model.addAttribute("titles", this.titles.byCode());
		model.addAttribute("baseline", this.calendar.capabilityAssessment());
		model.addAttribute("today", this.calendar.today());
		return "assessment/compare";
	}

	@GetMapping("/assessments/compare/export")
	@PreAuthorize("isAuthenticated()")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String area,
			@RequestParam(name = ListExport.FORMAT, required = false) String format,
			@AuthenticationPrincipal PortalUser user, HttpServletResponse response, Locale locale) {
		this.export.write(result(from, to, area, user), this.titles.byCode(), response, ListExport.Format.of(format),
				locale);
	}

	/** The comparison asked for: baseline to today unless told, earlier date first. */
	private AssessmentComparison.Result result(LocalDate from, LocalDate to, String area, PortalUser user) {
		LocalDate today = this.calendar.today();
		LocalDate start = (from != null) ? from : this.calendar.capabilityAssessment();
		LocalDate end = (to != null && !to.isAfter(today)) ? to : today;
		if (start.isAfter(end)) {
			LocalDate swap = start;
			start = end;
			end = swap;
		}
		return this.comparison.compare(start, end, areaCode(area), user);
	}

	private static String areaCode(String area) {
		return (area != null && area.matches("[A-Za-z]{2,6}")) ? area.toUpperCase(Locale.ROOT) : null;
	}

}
