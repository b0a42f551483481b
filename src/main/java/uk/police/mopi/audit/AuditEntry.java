package uk.police.mopi.audit;

/**
 * One row for the trail, before the database numbers, stamps and chains it.
 *
 * @param actor who did it (a username, the username tried, or {@code system})
 * @param address the client address the servlet container reports, or null
 * @param action what happened, dotted
 * @param subjectType the kind of thing it happened to, or null
 * @param subjectId which one, or null
 * @param outcome {@code SUCCESS}, {@code FAILURE} or {@code DENIED}
 * @param details before and after, as JSON text, secrets already redacted
 */
record AuditEntry(String actor, String address, String action, String subjectType, String subjectId, String outcome,
		String details) {

	static final String SUCCESS = "SUCCESS";

	static final String FAILURE = "FAILURE";

	static final String DENIED = "DENIED";

}
