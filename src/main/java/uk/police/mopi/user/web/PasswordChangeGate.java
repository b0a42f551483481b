package uk.police.mopi.user.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import uk.police.mopi.user.PortalUser;

/**
 * A person whose password an administrator chose must choose their own before anything
 * else: every page sends them to the change-password page, and the API refuses them with
 * a 403 problem saying so. Demo accounts are never in this state.
 */
class PasswordChangeGate implements HandlerInterceptor {

	static final String PASSWORD_PAGE = "/account/password";

	private final MessageSource messages;

	PasswordChangeGate(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		PortalUser user = PortalUser.from(SecurityContextHolder.getContext().getAuthentication());
		if (user == null || !user.passwordChangeRequired()) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			refuse(response);
		}
		else {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
		}
		return false;
	}

	private void refuse(HttpServletResponse response) throws IOException {
		String detail = this.messages.getMessage("account.password.mustChange.api", null,
				LocaleContextHolder.getLocale());
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"code\":\"password.change.required\","
					+ "\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

}
