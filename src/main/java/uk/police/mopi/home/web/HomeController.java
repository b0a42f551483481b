package uk.police.mopi.home.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.police.mopi.dashboard.BoardPackLinks;
import uk.police.mopi.home.HomePages;
import uk.police.mopi.user.PortalUser;

/** The home page: where the programme stands and where to go next. Any signed-in role. */
@Controller
class HomeController {

	private final HomePages pages;

	private final ObjectProvider<BoardPackLinks> packs;

	HomeController(HomePages pages, ObjectProvider<BoardPackLinks> packs) {
		this.pages = pages;
		this.packs = packs;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("page", this.pages.page(user));
		BoardPackLinks links = this.packs.getIfAvailable();
		model.addAttribute("boardPacks", (links != null) ? links.latest(user) : null);
		return "home";
	}

}
