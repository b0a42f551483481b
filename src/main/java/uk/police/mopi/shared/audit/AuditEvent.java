package uk.police.mopi.shared.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something that happened and belongs in the audit trail: a write the Hibernate listener
 * cannot see (a JDBC write, an import, an export) or a security event (a lockout, a token
 * created). Publish it with Spring's {@code ApplicationEventPublisher}; the {@code audit}
 * module records it in the publisher's transaction with who (the signed-in person unless
 * {@code actor} names someone else, e.g. the username of a failed sign-in), when and from
 * where. Values whose key names a password, hash, token or secret are never written.
 *
 * @param action what happened, dotted, e.g. {@code "signin.locked"},
 * {@code "budget.export"}
 * @param subjectType the kind of thing it happened to, e.g. {@code "user"},
 * {@code "project"}
 * @param subjectId which one (code, id or username), or null
 * @param actor who did it when not the signed-in person, or null
 * @param before values before the change (empty for none)
 * @param after values after the change, or details of the event (empty for none)
 */
public record AuditEvent(String action, String subjectType, String subjectId, String actor, Map<String, Object> before,
		Map<String, Object> after) {

	public AuditEvent {
		before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
		after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
	}

	/** An event with no values yet. */
	public static AuditEvent of(String action, String subjectType, Object subjectId) {
		return new AuditEvent(action, subjectType, (subjectId != null) ? subjectId.toString() : null, null, Map.of(),
				Map.of());
	}

	/** The same event done by this person rather than the signed-in one. */
	public AuditEvent by(String actor) {
		return new AuditEvent(this.action, this.subjectType, this.subjectId, actor, this.before, this.after);
	}

	/** The same event with these values before the change. */
	public AuditEvent before(Map<String, ?> values) {
		return new AuditEvent(this.action, this.subjectType, this.subjectId, this.actor, copy(values), this.after);
	}

	/** The same event with these values after the change (or details of the event). */
	public AuditEvent after(Map<String, ?> values) {
		return new AuditEvent(this.action, this.subjectType, this.subjectId, this.actor, this.before, copy(values));
	}

	private static Map<String, Object> copy(Map<String, ?> values) {
		return new LinkedHashMap<>(values);
	}

}
