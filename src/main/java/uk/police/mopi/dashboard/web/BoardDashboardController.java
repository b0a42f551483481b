package uk.police.mopi.dashboard.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.dashboard.BoardDashboard;
import uk.police.mopi.dashboard.BoardDashboardService;
import uk.police.mopi.dashboard.CellsQuery;
import uk.police.mopi.user.PortalUser;

/**
 * The Investment Board's dashboard, as at any date, and the list of assessments behind
 * each of its figures. Any role may read them.
 */
@Controller
class BoardDashboardController {

	private final BoardDashboardService dashboards;

	private final TrajectorySvg trajectorySvg;

	BoardDashboardController(BoardDashboardService dashboards, TrajectorySvg trajectorySvg) {
		this.dashboards = dashboards;
		this.trajectorySvg = trajectorySvg;
	}

	@GetMapping("/dashboard")
	@PreAuthorize("isAuthenticated()")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
			@AuthenticationPrincipal PortalUser user, Model model) {
		BoardDashboard board = this.dashboards.board(asAt, user);
		model.addAttribute("board", board);
		model.addAttribute("trajectorySvg", this.trajectorySvg.render(board.trajectory()));
		model.addAttribute("levels", ComplianceLevel.values());
		return "dashboard/board";
	}

	/**
	 * The assessments behind a figure: applicable ones at the date, optionally of one
	 * area or section, at one level or at least one level.
	 */
	@GetMapping("/dashboard/cells")
	@PreAuthorize("@assessmentPolicy.canRead(authentication, #area)")
	String cells(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
			@RequestParam(required = false) String area, @RequestParam(required = false) String section,
			@RequestParam(required = false) ComplianceLevel level,
			@RequestParam(required = false) ComplianceLevel atLeast,
			@RequestParam(required = false, defaultValue = "false") boolean pastTarget,
			@RequestParam(required = false, defaultValue = "0") int notReviewedMonths,
			@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("drillDown", this.dashboards
			.cells(new CellsQuery(asAt, area, section, level, atLeast, pastTarget, notReviewedMonths), user));
		return "dashboard/cells";
	}

}
