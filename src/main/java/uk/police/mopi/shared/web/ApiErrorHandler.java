package uk.police.mopi.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InputProblem;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.NotFoundException;

/**
 * Errors from the API as RFC 9457 problem details in JSON: never a stack trace, never an
 * HTML page. Invalid input is 422 with each problem's field, code and text; a stale
 * version is 409 naming who changed the record and when, with both versions.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiErrorHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The change was not applied: see errors.");
		problem.setTitle("Invalid input");
		problem.setProperty("errors", ex.problems().stream().map((p) -> error(p, locale)).toList());
		return problem;
	}

	@ExceptionHandler(ConcurrentChangeException.class)
	ProblemDetail concurrentChange(ConcurrentChangeException ex, Locale locale) {
		String subject = this.messages.getMessage(ex.subjectCode(), ex.subjectArgs().toArray(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("conflict.api.detail",
						new Object[] { subject, ex.changedBy(), ex.changedAt(), ex.currentVersion() }, locale));
		problem.setTitle("Conflict");
		problem.setProperty("changedBy", ex.changedBy());
		problem.setProperty("changedAt", ex.changedAt());
		problem.setProperty("currentVersion", ex.currentVersion());
		Map<String, String> theirs = new LinkedHashMap<>();
		Map<String, String> yours = new LinkedHashMap<>();
		for (ConcurrentChangeException.ConflictField field : ex.fields()) {
			theirs.put(field.name(), field.theirs());
			yours.put(field.name(), field.yours());
		}
		problem.setProperty("current", theirs);
		problem.setProperty("yours", yours);
		return problem;
	}

	/**
	 * The database cannot be reached: 503, try again shortly. Any other data-access
	 * failure is thrown on, to be answered as before.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	ResponseEntity<ProblemDetail> databaseFailure(Exception ex, HttpServletRequest request) throws Exception {
		if (!DatabaseUnavailable.causedBy(ex)) {
			throw ex;
		}
		DatabaseUnavailable.answered(request, ex);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
			.body(DatabaseUnavailable.problem());
	}

	/**
	 * A body that cannot be read: a field the API does not know or a value of the wrong
	 * type gets the 422 body naming the field; anything else (malformed JSON, an empty
	 * body) a 400 that says so in words, never a parser's message or a class name.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = request.getLocale();
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
			String field = json.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: Integer.toString(reference.getIndex()))
				.reduce((a, b) -> a + "." + b)
				.orElse("");
			String code = (cause instanceof UnrecognizedPropertyException) ? "input.json.unknownField"
					: "input.json.wrongType";
			ProblemDetail problem = invalid(InvalidInputException.of(field, code, field), locale);
			return handleExceptionInternal(ex, problem, headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("input.json.malformed", null, locale));
		problem.setTitle("Bad request");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private Map<String, Object> error(InputProblem problem, Locale locale) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", problem.field());
		error.put("code", problem.code());
		error.put("message",
				this.messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale));
		return error;
	}

}
