package uk.police.mopi.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a request that fails because the database cannot be reached
 * anywhere (sign-in, a session store, a controller) gets 503 and no stack trace: the API
 * a problem JSON, pages the "service unavailable" page ({@code error/503}). One warning
 * line is logged, without the stack. Controllers' failures usually arrive already
 * answered by {@link PageErrorHandler} and {@link ApiErrorHandler}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseUnavailable.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			DatabaseUnavailable.answered(request, ex);
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
							+ "\"detail\":\"" + DatabaseUnavailable.DETAIL + "\"}");
			}
			else {
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			}
		}
	}

}
