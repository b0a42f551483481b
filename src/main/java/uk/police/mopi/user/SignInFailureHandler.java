package uk.police.mopi.user;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Where a failed form sign-in goes: back to the sign-in page with "the username or
 * password is not right", or, when the account or address has had too many failed
 * sign-ins, with the time to try again after (a flash attribute
 * {@code signInLockedUntil}, {@code HH:mm} in the force's time zone). Neither says
 * whether the account exists.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler(
			"/login?error");

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	private final ZoneId zone;

	SignInFailureHandler(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
		if (!(exception instanceof SignInRefusedException refused)) {
			this.wrongPassword.onAuthenticationFailure(request, response, exception);
			return;
		}
		FlashMap attributes = new FlashMap();
		attributes.put("signInLockedUntil", TIME.format(refused.retryAfter().atZone(this.zone)));
		attributes.setTargetRequestPath(request.getContextPath() + "/login");
		this.flash.saveOutputFlashMap(attributes, request, response);
		response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + "/login?locked"));
	}

}
