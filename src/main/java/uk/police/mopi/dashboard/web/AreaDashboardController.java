package uk.police.mopi.dashboard.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.View;

import uk.police.mopi.assessment.RequirementTitles;
import uk.police.mopi.dashboard.AreaOwnerView;
import uk.police.mopi.shared.web.cache.PageCache;
import uk.police.mopi.user.PortalUser;

/**
 * One business area's view: its gaps by target date with the milestone that closes each
 * (or "unplanned"), which have no evidence yet, and its progress against the other areas.
 * Made for the area's owners; any role may read it. Composed once per change of the data
 * for each audience ({@link PageCache}).
 */
@Controller
class AreaDashboardController {

	private final AreaOwnerView owner;

	private final RequirementTitles titles;

	private final PageCache pages;

	AreaDashboardController(AreaOwnerView owner, RequirementTitles titles, PageCache pages) {
		this.pages = pages;
		this.owner = owner;
		this.titles = titles;
	}

	/**
	 * An area's gaps, all of them or only the unplanned ones or only those with no
	 * evidence yet (what awaits the owner), and the area against the others.
	 */
	@GetMapping("/dashboard/areas/{code}")
	@PreAuthorize("@assessmentPolicy.canRead(authentication, #code)")
	View area(@PathVariable String code, @RequestParam(required = false) String show,
			@AuthenticationPrincipal PortalUser user, Model model, ServletWebRequest request) {
		return this.pages.page("dashboard/area", user.audience(), model, request, () -> {
			model.addAttribute("view", this.owner.dashboard(code, show, user));
			model.addAttribute("titles", this.titles.byCode());
		});
	}

}
