package uk.police.mopi.user;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the API answers someone it has not signed in, as problem JSON: 429 with
 * {@code Retry-After} when the account or address has had too many failed sign-ins (no
 * password was checked), else 401 naming both ways in (a personal API token, or HTTP
 * Basic).
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String REALM = "MoPI portal API";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final MessageSource messages;

	private final Locale locale;

	ApiAuthenticationEntryPoint(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof SignInRefusedException refused) {
			response.setHeader("Retry-After", Long.toString(refused.waitSeconds()));
			write(response, HttpStatus.TOO_MANY_REQUESTS, "api.signin.locked");
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
		response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
		write(response, HttpStatus.UNAUTHORIZED, "api.signin.required");
	}

	private void write(HttpServletResponse response, HttpStatus status, String detailCode) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", this.messages.getMessage(detailCode, null, this.locale));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}

}
