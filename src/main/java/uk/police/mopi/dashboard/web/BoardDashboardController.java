package uk.police.mopi.dashboard.web;

import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.View;

import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.dashboard.BoardDashboard;
import uk.police.mopi.dashboard.BoardPackLinks;
import uk.police.mopi.dashboard.BoardDashboardService;
import uk.police.mopi.shared.web.cache.PageCache;
import uk.police.mopi.user.PortalUser;

/**
 * The Investment Board's dashboard, as at any date. Any role may read it; the assessments
 * behind each of its figures are listed by {@link CellsController}. Composed once per
 * change of the data for each audience ({@link PageCache}).
 */
@Controller
class BoardDashboardController {

	private final BoardDashboardService dashboards;

	private final TrajectorySvg trajectorySvg;

	private final ObjectProvider<BoardPackLinks> packs;

	private final PageCache pages;

	BoardDashboardController(BoardDashboardService dashboards, TrajectorySvg trajectorySvg,
			ObjectProvider<BoardPackLinks> packs, PageCache pages) {
		this.pages = pages;
		this.dashboards = dashboards;
		this.trajectorySvg = trajectorySvg;
		this.packs = packs;
	}

	@GetMapping("/dashboard")
	@PreAuthorize("isAuthenticated()")
	View dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
			@AuthenticationPrincipal PortalUser user, Model model, ServletWebRequest request) {
		return this.pages.page("dashboard/board", user.audience(), model, request, () -> {
			BoardDashboard board = this.dashboards.board(asAt, user);
			model.addAttribute("board", board);
			model.addAttribute("trajectorySvg", this.trajectorySvg.render(board.trajectory()));
			model.addAttribute("levels", ComplianceLevel.values());
			BoardPackLinks links = this.packs.getIfAvailable();
			model.addAttribute("boardPacks", (links != null) ? links.latest(user) : null);
		});
	}

}
