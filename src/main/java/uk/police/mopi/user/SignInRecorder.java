package uk.police.mopi.user;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * Records in the session, as its person signs in, when, from which address and with which
 * browser ({@link SignInDetails}): for the sessions page and the absolute lifetime.
 * "When" is Spring Session's wall-clock time of this request (the session's last access).
 */
class SignInRecorder implements SessionAuthenticationStrategy {

	@Override
	public void onAuthentication(Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		HttpSession session = request.getSession();
		session.setAttribute(SignInDetails.ATTRIBUTE,
				SignInDetails.of(Instant.ofEpochMilli(session.getLastAccessedTime()), request.getRemoteAddr(),
						request.getHeader(HttpHeaders.USER_AGENT)));
	}

}
