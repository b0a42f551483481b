package uk.police.mopi.user.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.user.ApiTokenService;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.SignInGuard;
import uk.police.mopi.user.UserNotFoundException;
import uk.police.mopi.user.UserService;
import uk.police.mopi.user.UserView;

/**
 * An administrator's answers to "I am locked out" and "revoke that token": unlocks a
 * person's sign-in and revokes any of their API tokens, from the person's page.
 */
@Controller
@RequestMapping("/admin/users/{id}")
@PreAuthorize("hasRole('ADMIN')")
class SignInAdminController {

	private final UserService users;

	private final SignInGuard guard;

	private final ApiTokenService tokens;

	SignInAdminController(UserService users, SignInGuard guard, ApiTokenService tokens) {
		this.users = users;
		this.guard = guard;
		this.tokens = tokens;
	}

	@PostMapping("/unlock")
	String unlock(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		UserView user = user(id);
		this.guard.unlock(user.username(), admin.getUsername());
		return done(redirect, "users.signIn.unlocked", user);
	}

	@PostMapping("/tokens/{token}/revoke")
	String revokeToken(@PathVariable long id, @PathVariable long token, @AuthenticationPrincipal PortalUser admin,
			RedirectAttributes redirect) {
		UserView user = user(id);
		this.tokens.revoke(token, admin);
		return done(redirect, "users.tokens.revoked", user);
	}

	private UserView user(long id) {
		return this.users.user(id).orElseThrow(() -> new UserNotFoundException(id));
	}

	private static String done(RedirectAttributes redirect, String message, UserView user) {
		redirect.addFlashAttribute("success", message);
		redirect.addFlashAttribute("successArgs", new Object[] { user.username() });
		return "redirect:/admin/users/" + user.id();
	}

}
