package uk.police.mopi.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.RequirementTitles;
import uk.police.mopi.dashboard.BoardDashboardService;
import uk.police.mopi.dashboard.Cells;
import uk.police.mopi.shared.web.CsvExport;
import uk.police.mopi.shared.web.PageOfRows;
import uk.police.mopi.user.PortalUser;

/**
 * The assessments behind a dashboard figure: applicable ones at the date, optionally of
 * one area or section, at one level or at least one level, past target or not reviewed. A
 * page of 100 at a time, and all of them as CSV. Any role may read them.
 */
@Controller
class CellsController {

	private static final String READ = "@assessmentPolicy.canRead(authentication, #params.area)";

	private final BoardDashboardService dashboards;

	private final RequirementTitles titles;

	private final MessageSource messages;

	CellsController(BoardDashboardService dashboards, RequirementTitles titles, MessageSource messages) {
		this.dashboards = dashboards;
		this.titles = titles;
		this.messages = messages;
	}

	@GetMapping("/dashboard/cells")
	@PreAuthorize(READ)
	String cells(@ModelAttribute("params") CellsParams params, BindingResult binding,
			@RequestParam(required = false) Integer page, @AuthenticationPrincipal PortalUser user,
			HttpServletRequest request, Model model) {
		Cells cells = this.dashboards.cells(params.toQuery(), user);
		model.addAttribute("drillDown", cells);
		model.addAttribute("paged", PageOfRows.of(cells.cells(), page,
				request.getRequestURI().substring(request.getContextPath().length()), request.getParameterMap()));
		model.addAttribute("titles", this.titles.byCode());
		model.addAttribute("exportHref", PageOfRows.sameFilter("/dashboard/cells/export", request.getParameterMap()));
		return "dashboard/cells";
	}

	@GetMapping("/dashboard/cells/export")
	@PreAuthorize(READ)
	void export(@ModelAttribute("params") CellsParams params, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, HttpServletResponse response, Locale locale) {
		Cells cells = this.dashboards.cells(params.toQuery(), user);
		Map<String, String> titles = this.titles.byCode();
		List<List<String>> rows = new ArrayList<>(cells.cells().size());
		for (AssessmentView cell : cells.cells()) {
			String code = cell.key().requirementCode();
			rows.add(List.of(code, titles.getOrDefault(code, ""), cell.key().area(),
					word("level." + cell.level(), locale),
					(cell.targetLevel() != null) ? word("level." + cell.targetLevel(), locale) : "",
					(cell.targetDate() != null) ? cell.targetDate().toString() : ""));
		}
		CsvExport.write(response, "assessments-" + cells.query().asAt() + ".csv",
				List.of(word("compare.col.requirement", locale), word("export.col.title", locale),
						word("compare.col.area", locale), word("cell.level", locale),
						word("export.col.targetLevel", locale), word("export.col.targetDate", locale)),
				rows);
	}

	private String word(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
