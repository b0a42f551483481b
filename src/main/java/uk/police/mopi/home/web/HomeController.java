package uk.police.mopi.home.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.View;

import uk.police.mopi.dashboard.BoardPackLinks;
import uk.police.mopi.home.HomePages;
import uk.police.mopi.shared.web.cache.PageCache;
import uk.police.mopi.user.PortalUser;

/**
 * The home page: where the programme stands and where to go next. Any signed-in role.
 * Composed once per change of the data for each person ({@link PageCache}).
 */
@Controller
class HomeController {

	private final HomePages pages;

	private final ObjectProvider<BoardPackLinks> packs;

	private final PageCache cache;

	HomeController(HomePages pages, ObjectProvider<BoardPackLinks> packs, PageCache cache) {
		this.cache = cache;
		this.pages = pages;
		this.packs = packs;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	View home(@AuthenticationPrincipal PortalUser user, Model model, ServletWebRequest request) {
		// The page greets the person by name: composed for each person, not each
		// audience.
		return this.cache.page("home", List.of(user.audience(), user.id()), model, request, () -> {
			model.addAttribute("page", this.pages.page(user));
			BoardPackLinks links = this.packs.getIfAvailable();
			model.addAttribute("boardPacks", (links != null) ? links.latest(user) : null);
		});
	}

}
