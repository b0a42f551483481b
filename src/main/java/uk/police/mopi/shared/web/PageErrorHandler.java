package uk.police.mopi.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on pages that deserve more than the generic error page: a 409 that says who
 * changed the record meanwhile, and a 413 for an over-large file.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

	@ExceptionHandler(ConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView conflict(ConflictException ex) {
		ModelAndView page = new ModelAndView("error/conflict");
		page.addObject("what", ex.getMessage());
		page.addObject("changedBy", ex.getChangedBy());
		page.addObject("returnPath", ex.getReturnPath());
		return page;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ModelAndView tooLarge() {
		return new ModelAndView("error/413");
	}

}
