package uk.police.mopi.user;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a signed-in session sees the account as it is now, not as it was at
 * sign-in: the account is read again by id (one statement, with its areas) and replaces
 * the person the session signed in as, for this request only. A session ends, and its
 * person is sent to sign in with a message saying why, when the account is gone or may no
 * longer sign in, when the password changed since the session signed in, or when the
 * session has outlived its absolute lifetime.
 * <p>
 * "Now" for the lifetime is Spring Session's own: the session's last access, which it
 * sets to the wall-clock time as each request starts (never the demo calendar).
 */
class SessionFollowsAccount extends OncePerRequestFilter {

	private final UserService users;

	private final AccountSessions sessions;

	private final Duration absoluteTimeout;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	SessionFollowsAccount(UserService users, AccountSessions sessions, Duration absoluteTimeout) {
		this.users = users;
		this.sessions = sessions;
		this.absoluteTimeout = absoluteTimeout;
	}

	/** Static files need no account: they neither read the session nor the account. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = this.contexts.getContext().getAuthentication();
		PortalUser before = PortalUser.from(signedIn);
		if (before == null) {
			chain.doFilter(request, response);
			return;
		}
		HttpSession session = request.getSession(false);
		SignInDetails signIn = (session != null) ? (SignInDetails) session.getAttribute(SignInDetails.ATTRIBUTE) : null;
		Optional<PortalUser> now = Optional.empty();
		SessionEnd end = (session != null && outlived(session, signIn)) ? SessionEnd.LIFETIME : null;
		if (end == null) {
			now = this.users.current(before.id());
			end = ended(before, now);
		}
		if (end != null) {
			endSession(request, response, session, before, signIn, end);
			return;
		}
		PortalUser current = now.orElseThrow();
		UsernamePasswordAuthenticationToken fresh = UsernamePasswordAuthenticationToken.authenticated(current, null,
				current.getAuthorities());
		fresh.setDetails(signedIn.getDetails());
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(fresh);
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

	/**
	 * Why the session of {@code before} has ended now the account is {@code now}, or
	 * null.
	 */
	private static SessionEnd ended(PortalUser before, Optional<PortalUser> now) {
		if (now.isEmpty()) {
			return SessionEnd.ACCOUNT_GONE;
		}
		if (!now.get().isEnabled()) {
			return SessionEnd.ACCOUNT_DISABLED;
		}
		return before.sameCredentials(now.get()) ? null : SessionEnd.PASSWORD_CHANGED;
	}

	private boolean outlived(HttpSession session, SignInDetails signIn) {
		Instant since = (signIn != null) ? signIn.signedInAt() : Instant.ofEpochMilli(session.getCreationTime());
		Instant now = Instant.ofEpochMilli(session.getLastAccessedTime());
		return now.isAfter(since.plus(this.absoluteTimeout));
	}

	private void endSession(HttpServletRequest request, HttpServletResponse response, HttpSession session,
			PortalUser user, SignInDetails signIn, SessionEnd end) throws IOException {
		if (session != null) {
			session.invalidate();
		}
		this.contexts.clearContext();
		this.sessions.expired(user.getUsername(), end, AccountSessions.details(signIn));
		response.sendRedirect(request.getContextPath() + "/login?ended=" + end.reason());
	}

}
