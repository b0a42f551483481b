package uk.police.mopi.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

import uk.police.mopi.shared.audit.AuditEvent;

/**
 * A person's open sessions, kept in PostgreSQL by Spring Session and found by its index
 * of principal names: listing them and ending them, one (by the person), the others (when
 * they change their password) or all (when an administrator resets it).
 */
@Service
public class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ApplicationEventPublisher events;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.events = events;
	}

	/**
	 * The person's open sessions, the one asking first, then the most recently active.
	 */
	public List<SessionView> sessions(String username, String currentSessionId) {
		return this.sessions.findByPrincipalName(username)
			.values()
			.stream()
			.filter((session) -> !session.isExpired())
			.map((session) -> view(session, session.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(SessionView::current)
				.reversed()
				.thenComparing(SessionView::lastActive, Comparator.reverseOrder()))
			.toList();
	}

	/**
	 * Ends one of the person's other sessions, named by its handle on the sessions page.
	 * @return false when the person has no such other session (ended already, or never
	 * theirs)
	 */
	public boolean end(String username, String handle, String currentSessionId) {
		for (Session session : this.sessions.findByPrincipalName(username).values()) {
			if (handle(session.getId()).equals(handle) && !session.getId().equals(currentSessionId)) {
				this.sessions.deleteById(session.getId());
				this.events.publishEvent(
						AuditEvent.of("session.ended", "user", username).by(username).after(details(session)));
				return true;
			}
		}
		return false;
	}

	/** Ends every session of the person except {@code keepSessionId} (null ends all). */
	public void endOthers(String username, String keepSessionId, SessionEnd why) {
		for (Session session : this.sessions.findByPrincipalName(username).values()) {
			if (!session.getId().equals(keepSessionId)) {
				this.sessions.deleteById(session.getId());
				expired(username, why, details(session));
			}
		}
	}

	/** Records in the audit trail that the portal ended a session of the person. */
	void expired(String username, SessionEnd why, Map<String, Object> details) {
		Map<String, Object> after = new LinkedHashMap<>(details);
		after.put("reason", why.reason());
		this.events.publishEvent(AuditEvent.of("session.expired", "user", username).after(after));
	}

	/**
	 * Where and when the session signed in: what the audit trail says of it (never its
	 * id).
	 */
	static Map<String, Object> details(SignInDetails signIn) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (signIn != null) {
			details.put("signedInAt", signIn.signedInAt().toString());
			details.put("address", signIn.address());
			details.put("browser", signIn.browser());
		}
		return details;
	}

	private static Map<String, Object> details(Session session) {
		return details(session.<SignInDetails>getAttribute(SignInDetails.ATTRIBUTE));
	}

	private static SessionView view(Session session, boolean current) {
		SignInDetails signIn = session.getAttribute(SignInDetails.ATTRIBUTE);
		Instant signedInAt = (signIn != null) ? signIn.signedInAt() : session.getCreationTime();
		return new SessionView(handle(session.getId()), signedInAt, session.getLastAccessedTime(),
				(signIn != null) ? signIn.address() : "", (signIn != null) ? signIn.browser() : "", current);
	}

	/**
	 * What names a session on its person's page: a hash of its id, so the page never
	 * shows an id that would let someone take the session over.
	 */
	static String handle(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
