package uk.police.mopi.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

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
 * <p>
 * The one exemption from the body limit is named here: a file uploaded as evidence
 * ({@link #UPLOADS}), which the multipart limit ({@code mopi.evidence.max-request-size})
 * bounds instead.
 */
class InputLimits extends OncePerRequestFilter {

	/** POST routes whose bodies are files, bounded by the multipart limit. */
	static final Pattern UPLOADS = Pattern.compile("/api/v1/assessments/[^/]+/[^/]+/evidence/?");

	private final long apiBodyLimit;

	InputLimits(long apiBodyLimit) {
		this.apiBodyLimit = apiBodyLimit;
	}

	private static boolean upload(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& UPLOADS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				&& request.getContentLengthLong() > this.apiBodyLimit && !upload(request)) {
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
