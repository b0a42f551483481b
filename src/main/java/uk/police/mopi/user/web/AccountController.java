package uk.police.mopi.user.web;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
import uk.police.mopi.user.AccountSessions;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.UserService;

/**
 * A person's own account: changing their password (which ends their other sessions) and
 * seeing and ending their sessions. Anyone signed in, for themselves only.
 */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class AccountController {

	private final UserService users;

	private final AccountSessions sessions;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(UserService users, AccountSessions sessions) {
		this.users = users;
		this.sessions = sessions;
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new ChangePasswordForm());
		return "user/account-password";
	}

	@PostMapping("/password")
	String changePassword(@Validated @ModelAttribute("form") ChangePasswordForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Authentication signedIn, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		AtomicReference<PortalUser> changed = new AtomicReference<>();
		if (!Forms.submit(binding, () -> changed
			.set(this.users.changeOwnPassword(user.id(), form.toChange(), request.getSession().getId())))) {
			return "user/account-password";
		}
		keepSession(changed.get(), signedIn, request, response);
		redirect.addFlashAttribute("success", "account.password.changed");
		return "redirect:/";
	}

	@GetMapping("/sessions")
	String sessions(@AuthenticationPrincipal PortalUser user, HttpServletRequest request, Model model) {
		model.addAttribute("sessions", this.sessions.sessions(user.getUsername(), request.getSession().getId()));
		return "user/account-sessions";
	}

	@PostMapping("/sessions/{handle}/end")
	String endSession(@PathVariable String handle, @AuthenticationPrincipal PortalUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		boolean ended = this.sessions.end(user.getUsername(), handle, request.getSession().getId());
		redirect.addFlashAttribute("success", ended ? "account.sessions.ended" : "account.sessions.gone");
		return "redirect:/account/sessions";
	}

	/**
	 * The session the password was changed in goes on: it now signed in with the new
	 * password (the new credentials stamp), so it is not ended at its next request.
	 */
	private void keepSession(PortalUser changed, Authentication signedIn, HttpServletRequest request,
			HttpServletResponse response) {
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(changed,
				null, changed.getAuthorities());
		authentication.setDetails(signedIn.getDetails());
		SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.getContextHolderStrategy().setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
