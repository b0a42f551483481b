package uk.police.mopi.user.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.ApiTokenService;
import uk.police.mopi.user.NewApiToken;
import uk.police.mopi.user.PortalUser;

/**
 * A signed-in person's personal API tokens: list, create, revoke. A new token's value is
 * shown in the answer to the post that created it, not after a redirect, so it never sits
 * in the session (or the session table) waiting to be shown.
 */
@Controller
@RequestMapping("/account/tokens")
@PreAuthorize("isAuthenticated()")
class AccountTokenController {

	private static final String PAGE = "account/tokens";

	private final ApiTokenService tokens;

	AccountTokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@ModelAttribute("lifetimes")
	List<Integer> lifetimes() {
		return ApiTokenService.LIFETIMES.stream().sorted().toList();
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("form", new TokenForm());
		return page(user, model);
	}

	@PostMapping
	String create(@Validated @ModelAttribute("form") TokenForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model) {
		AtomicReference<NewApiToken> created = new AtomicReference<>();
		if (Forms.submit(binding,
				() -> created.set(this.tokens.create(user.getUsername(), form.getName(), form.getDays())))) {
			model.addAttribute("created", created.get());
			model.addAttribute("form", new TokenForm());
		}
		return page(user, model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		this.tokens.revoke(id, user);
		redirect.addFlashAttribute("success", "tokens.revoked");
		redirect.addFlashAttribute("successArgs", new Object[] { id });
		return "redirect:/account/tokens";
	}

	private String page(PortalUser user, Model model) {
		model.addAttribute("tokens", this.tokens.tokens(user.getUsername()));
		return PAGE;
	}

}
