package uk.police.mopi.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import uk.police.mopi.shared.ConcurrentChangeException;

/**
 * Errors on pages that deserve more than the generic error page: a 409 that says who
 * changed the record meanwhile, shows their values beside yours and offers to apply yours
 * to the current version; a 413 for an over-large file; and a 503 while the database
 * cannot be reached.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

	/**
	 * Request parameters never carried into the "apply my change again" form: the token
	 * and version are the page's own, and a secret is never written into a page.
	 */
	private static final List<String> NOT_REPLAYED = List.of("_csrf", "version");

	@ExceptionHandler(ConcurrentChangeException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView concurrentChange(ConcurrentChangeException ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/conflict");
		page.addObject("conflict", ex);
		page.addObject("replayAction", request.getRequestURI().substring(request.getContextPath().length()));
		page.addObject("replay", replayed(request.getParameterMap()));
		return page;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ModelAndView tooLarge() {
		return new ModelAndView("error/413");
	}

	/**
	 * The database cannot be reached: the "service unavailable" page with 503. Any other
	 * data-access failure is thrown on, to be answered as before.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	ModelAndView databaseFailure(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!DatabaseUnavailable.causedBy(ex)) {
			throw ex;
		}
		DatabaseUnavailable.answered(request, ex);
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
		return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
	}

	private static List<Map.Entry<String, String>> replayed(Map<String, String[]> parameters) {
		List<Map.Entry<String, String>> replay = new ArrayList<>();
		parameters.forEach((name, values) -> {
			if (!NOT_REPLAYED.contains(name) && !name.toLowerCase(java.util.Locale.ROOT).contains("password")) {
				for (String value : values) {
					replay.add(Map.entry(name, value));
				}
			}
		});
		return replay;
	}

}
