package uk.police.mopi.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;

/**
 * The accounts of people who sign in through the identity provider. At every sign-in
 * their groups are mapped again: the account is created or refreshed with the role, areas
 * and name they give, or, when no group is mapped, marked pending so that it counts as
 * disabled (and no session is made).
 */
@Service
class SingleSignOnAccounts {

	private static final int MAX_USERNAME = 60;

	private static final int MAX_NAME = 120;

	private final UserRepository users;

	private final SignInGroupService groups;

	private final ProgrammeCalendar calendar;

	private final ApplicationEventPublisher events;

	SingleSignOnAccounts(UserRepository users, SignInGroupService groups, ProgrammeCalendar calendar,
			ApplicationEventPublisher events) {
		this.users = users;
		this.groups = groups;
		this.calendar = calendar;
		this.events = events;
	}

	/**
	 * The person this identity signs in as, or empty when their groups give no access. A
	 * person whose account an administrator disabled comes back disabled.
	 */
	@Transactional
	Optional<PortalUser> signIn(SingleSignOnIdentity who) {
		Optional<AppUser> existing = this.users.findByOidcIssuerAndOidcSubject(who.issuer(), who.subject());
		Optional<SignInGroupService.Grant> grant = this.groups.grantFor(who.groups());
		if (grant.isEmpty()) {
			existing.ifPresent((user) -> user.suspend(this.calendar.now()));
			publish("signin.sso.pending", existing.map(AppUser::getUsername).orElse(who.usernameHint()), who, null);
			return Optional.empty();
		}
		String name = truncate(who.displayName(), MAX_NAME);
		AppUser user = existing
			.orElseGet(() -> AppUser.signedOnBy(who, username(who), name, grant.get(), this.calendar.now()));
		if (existing.isPresent()) {
			user.refresh(name, grant.get(), this.calendar.now());
		}
		PortalUser signedIn = this.users.saveAndFlush(user).toPortalUser();
		publish(signedIn.isEnabled() ? "signin.sso.success" : "signin.sso.disabled", signedIn.username(), who,
				grant.get());
		return Optional.of(signedIn);
	}

	/**
	 * A username for a new account: the provider's preferred username made to fit the
	 * portal's pattern, with a suffix from the issuer and subject when that is taken (by
	 * a local account too: nobody takes over an account by choosing its name).
	 */
	private String username(SingleSignOnIdentity who) {
		String base = who.usernameHint().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
		base = truncate(base.replaceFirst("^[^a-z0-9]+", ""), MAX_USERNAME);
		if (base.length() >= 2 && !this.users.existsByUsername(base)) {
			return base;
		}
		String suffix = fingerprint(who);
		String candidate = truncate(base.isEmpty() ? "sso" : base, MAX_USERNAME - 9) + "-" + suffix.substring(0, 8);
		return this.users.existsByUsername(candidate) ? "sso-" + suffix : candidate;
	}

	private void publish(String action, String username, SingleSignOnIdentity who, SignInGroupService.Grant grant) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("issuer", who.issuer());
		details.put("subject", who.subject());
		details.put("groups", who.groups());
		if (grant != null) {
			details.put("role", grant.role().name());
			details.put("areas", grant.areas());
		}
		this.events.publishEvent(AuditEvent.of(action, "user", username).by(username).after(details));
	}

	private static String fingerprint(SingleSignOnIdentity who) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((who.issuer() + "\n" + who.subject()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String truncate(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

}
