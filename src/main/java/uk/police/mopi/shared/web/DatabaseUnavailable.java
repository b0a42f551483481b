package uk.police.mopi.shared.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (down, restarting, refusing
 * connections), as opposed to a fault in the portal. Such a request is answered 503 ("try
 * again shortly"), never 500 and never a stack trace.
 */
final class DatabaseUnavailable {

	static final String DETAIL = "The service is unavailable. Try again shortly.";

	/** Seconds a client is asked to wait before trying again. */
	static final String RETRY_AFTER_SECONDS = "5";

	/**
	 * SQL states of a lost or refused connection: class 08 (connection exception), 57P01
	 * to 57P03 (administrator shutdown, crash shutdown, cannot connect now), 53300 (too
	 * many connections).
	 */
	private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

	/**
	 * What Hikari's stand-in for a connection it has marked broken (its server went away
	 * in the middle of a transaction) answers to everything, rollback included, without
	 * an SQL state. The rollback's failure then replaces the original one.
	 */
	private static final String CLOSED_BY_THE_POOL = "Connection is closed";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private DatabaseUnavailable() {
	}

	/** One warning line, without the stack: the cause is outside the portal. */
	static void answered(HttpServletRequest request, Throwable failure) {
		log.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
				failure.getMessage());
	}

	static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && (lostConnection(sql.getSQLState())
					|| CLOSED_BY_THE_POOL.equals(sql.getMessage()) && sql.getSQLState() == null)) {
				return true;
			}
		}
		return false;
	}

	private static boolean lostConnection(String state) {
		return state != null && (state.startsWith("08") || STATES.contains(state));
	}

	/** The API's answer: a problem with no detail of the failure. */
	static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
		problem.setTitle("Service unavailable");
		return problem;
	}

}
