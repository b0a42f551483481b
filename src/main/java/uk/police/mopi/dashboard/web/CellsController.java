package uk.police.mopi.dashboard.web;

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
import uk.police.mopi.shared.web.ExportLinks;
import uk.police.mopi.shared.web.ListExport;
import uk.police.mopi.shared.web.PageOfRows;
import uk.police.mopi.user.PortalUser;

/**
 * The assessments behind a dashboard figure: applicable ones at the date, optionally of
 * one area or section, at one level or at least one level, past target or not reviewed. A
 * page of 100 at a time, and all of them as CSV or Excel. Any role may read them.
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
		model.addAttribute("exports", ExportLinks.of("/dashboard/cells/export", request, cells.cells().size()));
		return "dashboard/cells";
	}

	@GetMapping("/dashboard/cells/export")
	@PreAuthorize(READ)
	void export(@ModelAttribute("params") CellsParams params, BindingResult binding,
			@RequestParam(name = ListExport.FORMAT, required = false) String format,
			@AuthenticationPrincipal PortalUser user, HttpServletResponse response, Locale locale) {
		Cells cells = this.dashboards.cells(params.toQuery(), user);
		Map<String, String> titles = this.titles.byCode();
		ListExport.Words words = new ListExport.Words(this.messages, locale);
		List<String> header = words.all("compare.col.requirement", "export.col.title", "compare.col.area", "cell.level",
				"export.col.targetLevel", "export.col.targetDate");
		ListExport.write(response, new ListExport.Table("assessments-" + cells.query().asAt(), header, (rows) -> {
			for (AssessmentView cell : cells.cells()) {
				String code = cell.key().requirementCode();
				rows.add(code, titles.getOrDefault(code, ""), cell.key().area(), words.of("level.", cell.level()),
						words.of("level.", cell.targetLevel()), cell.targetDate());
			}
		}), ListExport.Format.of(format));
	}

}
