package uk.police.mopi.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import uk.police.mopi.shared.audit.AuditEvent;

/**
 * What the entity listener cannot see: the {@link AuditEvent}s modules publish (in the
 * publisher's transaction when there is one) and Spring Security's events: an interactive
 * sign-in (form or single sign-on, not each API call), a failed sign-in with the username
 * tried, and a refusal (403) of a signed-in person. Security events happen outside any
 * write transaction and are written in one of their own.
 */
@Component
class AuditEventListener {

	private final AuditRecorder recorder;

	AuditEventListener(AuditRecorder recorder) {
		this.recorder = recorder;
	}

	@EventListener
	void on(AuditEvent event) {
		String actor = (event.actor() != null) ? event.actor() : AuditRecorder.currentActor();
		this.recorder.record(new AuditEntry(actor, AuditRecorder.currentAddress(), event.action(), event.subjectType(),
				event.subjectId(), outcomeOf(event.action()), Details.of(event.before(), event.after())));
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		this.recorder.record(new AuditEntry(authentication.getName(), address(authentication), "signin.success", "user",
				authentication.getName(), AuditEntry.SUCCESS,
				Details.of(Map.of(), Map.of("method", event.getGeneratedBy().getSimpleName()))));
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		Authentication tried = event.getAuthentication();
		// Only a username and password sign-in names a person; another kind of attempt
		// (a bearer token) would put the credential itself in the trail.
		String username = (tried instanceof UsernamePasswordAuthenticationToken) ? tried.getName() : "unknown";
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", event.getException().getClass().getSimpleName());
		details.put("kind", tried.getClass().getSimpleName());
		this.recorder.record(new AuditEntry(username, address(tried), "signin.failure", "user", username,
				AuditEntry.FAILURE, Details.of(Map.of(), details)));
	}

	@EventListener
	void on(AuthorizationDeniedEvent<?> event) {
		Authentication who = event.getAuthentication().get();
		if (who == null || who instanceof AnonymousAuthenticationToken) {
			return;
		}
		HttpServletRequest request = (RequestContextHolder
			.getRequestAttributes() instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
		String target = (request != null) ? request.getMethod() + " " + request.getRequestURI() : null;
		this.recorder
			.record(new AuditEntry(who.getName(), address(who), "access.denied", "request", target, AuditEntry.DENIED,
					Details.of(Map.of(), Map.of("rule", String.valueOf(event.getAuthorizationResult())))));
	}

	/**
	 * The outcome an {@link AuditEvent} names by its action's last word: a refusal or a
	 * failure, else a success.
	 */
	static String outcomeOf(String action) {
		String last = action.substring(action.lastIndexOf('.') + 1);
		return switch (last) {
			case "denied", "refused" -> AuditEntry.DENIED;
			case "failure", "failed", "locked", "rejected" -> AuditEntry.FAILURE;
			default -> AuditEntry.SUCCESS;
		};
	}

	private static String address(Authentication authentication) {
		String current = AuditRecorder.currentAddress();
		if (current == null && authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return current;
	}

}
