package uk.police.mopi.shared.web.cache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The data version: a number PostgreSQL changes, in the same transaction, whenever data
 * shown on a cached page changes (triggers on every such table, {@code V28}; the row is
 * updated once per transaction and each changing statement steps a transaction-local
 * number, {@code V30}). Read once per request (one indexed row), it lets each portal
 * instance serve what it composed before only while nothing has changed, through this
 * instance or any other on the same database.
 */
public class DataVersion {

	private static final String ATTRIBUTE = DataVersion.class.getName();

	private final JdbcClient jdbc;

	public DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The version now: read from the database once per web request and remembered for the
	 * rest of it, so that every cache a request consults agrees.
	 */
	public long current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Long version) {
			return version;
		}
		long version = read();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, version, RequestAttributes.SCOPE_REQUEST);
		}
		return version;
	}

	private long read() {
		return this.jdbc.sql("select data_version_current()").query(Long.class).single();
	}

}
