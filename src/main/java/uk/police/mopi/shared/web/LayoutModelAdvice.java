package uk.police.mopi.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the current path, to mark the navigation, and the
 * path with its query, to come back to.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * This page's local path and query, for links that let the person come back here
	 * ({@code returnTo}, checked by {@link ReturnPath} where it is used).
	 */
	@ModelAttribute("here")
	String here(HttpServletRequest request) {
		String query = request.getQueryString();
		return currentPath(request) + ((query != null) ? "?" + query : "");
	}

}
