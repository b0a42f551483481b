package uk.police.mopi.user;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * Remembers the page someone asked for before signing in, like Spring Security's session
 * request cache, but hands it back as a path on this server ({@code /projects?continue}),
 * never as an address built from the request's {@code Host} header, so the redirect after
 * signing in cannot send anyone to a forged host.
 */
final class RelativeRequestCache implements RequestCache {

	private final HttpSessionRequestCache session = new HttpSessionRequestCache();

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		this.session.saveRequest(request, response);
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.session.getRequest(request, response);
		if (saved == null) {
			return null;
		}
		SimpleSavedRequest relative = new SimpleSavedRequest(saved);
		relative.setRedirectUrl(relative(saved.getRedirectUrl()));
		return relative;
	}

	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		return this.session.getMatchingRequest(request, response);
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		this.session.removeRequest(request, response);
	}

	/**
	 * The path and query of an address; {@code /} for anything that is not a plain path.
	 */
	static String relative(String address) {
		URI uri = URI.create(address);
		String path = uri.getRawPath();
		if (path == null || !path.startsWith("/") || path.startsWith("//")) {
			return "/";
		}
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

}
