package uk.police.mopi.user;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes Spring Security's sign-in and refusal events to the security log
 * ({@link SecurityLog}): every sign-in that succeeds or fails, with why, and every
 * request a signed-in person is refused (403, on pages and the API). Someone not signed
 * in who is sent to the sign-in page is not a refusal. The audit trail records the same
 * events itself.
 */
@Component
class SecurityEventListener {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		SecurityLog.event("signin.success", authentication.getName(), address(authentication), "password");
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Authentication authentication = event.getAuthentication();
		String reason = (event.getException() instanceof SignInRefusedException refused) ? refused.reason()
				: reason(event.getException().getClass().getSimpleName());
		SecurityLog.event(
				(event.getException() instanceof SignInRefusedException) ? "signin.refused" : "signin.failure",
				authentication.getName(), address(authentication), reason);
	}

	@EventListener
	void refused(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		if (authentication == null || this.trust.isAnonymous(authentication)) {
			return;
		}
		HttpServletRequest request = (event.getSource() instanceof HttpServletRequest servlet) ? servlet : current();
		String address = (request != null) ? request.getRemoteAddr() : address(authentication);
		String reason = (request != null) ? "forbidden " + request.getMethod() + " " + request.getRequestURI()
				: "forbidden";
		SecurityLog.event("access.denied", authentication.getName(), address, reason);
	}

	private static HttpServletRequest current() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	/** {@code BadCredentialsException} as {@code bad_credentials}. */
	private static String reason(String exception) {
		String name = exception.endsWith("Exception") ? exception.substring(0, exception.length() - 9) : exception;
		return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

}
