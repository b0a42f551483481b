package uk.police.mopi.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.police.mopi.shared.InputBounds;

/**
 * What every request may carry, checked before any handler: an API body of at most
 * {@code mopi.input.api-body-limit} bytes (413 problem JSON beyond it), and parameters
 * with NUL and other control characters stripped (PostgreSQL refuses NUL in text).
 */
class InputLimits extends OncePerRequestFilter {

	private final long apiBodyLimit;

	InputLimits(long apiBodyLimit) {
		this.apiBodyLimit = apiBodyLimit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				&& request.getContentLengthLong() > this.apiBodyLimit) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,"
						+ "\"detail\":\"The body is larger than " + this.apiBodyLimit + " bytes.\"}");
			return;
		}
		chain.doFilter(new Printable(request), response);
	}

	/** The request with its parameters' control characters removed. */
	private static final class Printable extends HttpServletRequestWrapper {

		Printable(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return InputBounds.printable(super.getParameter(name));
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			return (values != null) ? Arrays.stream(values).map(InputBounds::printable).toArray(String[]::new) : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> clean = new LinkedHashMap<>();
			super.getParameterMap().forEach((name, values) -> clean.put(InputBounds.printable(name),
					Arrays.stream(values).map(InputBounds::printable).toArray(String[]::new)));
			return Collections.unmodifiableMap(clean);
		}

	}

}
