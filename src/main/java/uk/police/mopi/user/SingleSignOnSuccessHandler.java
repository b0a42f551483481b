package uk.police.mopi.user;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After the identity provider signed someone in: maps their groups and replaces the
 * provider's authentication with the same {@link PortalUser} a local sign-in gives, so
 * policies and pages treat both alike. Someone whose groups give no access keeps no
 * authentication at all (never a default role) and goes to the "access pending" page;
 * someone an administrator disabled goes back to the sign-in page with a message.
 */
final class SingleSignOnSuccessHandler implements AuthenticationSuccessHandler {

	private final SingleSignOnAccounts accounts;

	private final String groupsClaim;

	private final SingleSignOn singleSignOn;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final AuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();

	SingleSignOnSuccessHandler(SingleSignOnAccounts accounts, String groupsClaim, SingleSignOn singleSignOn) {
		this.accounts = accounts;
		this.groupsClaim = groupsClaim;
		this.singleSignOn = singleSignOn;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (!(authentication.getPrincipal() instanceof OidcUser oidcUser)) {
			signOut(request, response);
			response.sendRedirect(request.getContextPath() + "/login?ssoFailed");
			return;
		}
		SingleSignOnIdentity who = SingleSignOnIdentity.of(oidcUser, this.groupsClaim);
		Optional<PortalUser> user = this.accounts.signIn(who);
		if (user.isPresent() && user.get().isEnabled()) {
			SecurityContext context = this.holder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
			this.holder.setContext(context);
			this.contexts.saveContext(context, request, response);
			request.getSession().removeAttribute(PendingAccess.SESSION_ATTRIBUTE);
			this.signedIn.onAuthenticationSuccess(request, response, context.getAuthentication());
			return;
		}
		signOut(request, response);
		if (user.isPresent()) {
			response.sendRedirect(request.getContextPath() + "/login?ssoFailed");
			return;
		}
		String provider = (authentication instanceof OAuth2AuthenticationToken token)
				? this.singleSignOn.name(token.getAuthorizedClientRegistrationId()) : "";
		request.getSession()
			.setAttribute(PendingAccess.SESSION_ATTRIBUTE,
					new PendingAccess(provider, who.displayName(), who.groups()));
		response.sendRedirect(request.getContextPath() + "/access-pending");
	}

	/** Keeps no authentication: the provider's is not a right to use the portal. */
	private void signOut(HttpServletRequest request, HttpServletResponse response) {
		SecurityContext empty = this.holder.createEmptyContext();
		this.holder.clearContext();
		this.contexts.saveContext(empty, request, response);
	}

}
