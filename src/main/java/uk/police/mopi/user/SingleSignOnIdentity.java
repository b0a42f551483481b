package uk.police.mopi.user;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

/**
 * Who the identity provider says signed in: its issuer and the person's subject there
 * (together, the key of their account), a name to derive a username from, their full name
 * and their groups.
 *
 * @param issuer the provider's issuer URI
 * @param subject the person's stable id at the provider
 * @param usernameHint preferred username, e-mail or subject
 * @param displayName full name, or the username hint when the provider sends none
 * @param groups the groups (or roles) in the claim the portal is set to read
 */
record SingleSignOnIdentity(String issuer, String subject, String usernameHint, String displayName,
		List<String> groups) {

	/** Who created and changed the accounts of people who sign on. */
	static final String ACTOR = "single-sign-on";

	/**
	 * Reads the identity from an OpenID Connect user's claims; the groups come from the
	 * named claim, which may be dotted to reach into an object (e.g.
	 * {@code realm_access.roles}) and may hold a list or a single text.
	 */
	static SingleSignOnIdentity of(OidcUser user, String groupsClaim) {
		String hint = first(user.getPreferredUsername(), user.getEmail(), user.getSubject());
		String name = first(user.getFullName(), joined(user.getGivenName(), user.getFamilyName()), hint);
		return new SingleSignOnIdentity(user.getIssuer().toString(), user.getSubject(), hint, name,
				groups(user.getClaims(), groupsClaim));
	}

	static List<String> groups(Map<String, Object> claims, String claimPath) {
		Object value = claims;
		for (String part : claimPath.split("\\.")) {
			value = (value instanceof Map<?, ?> map) ? map.get(part) : null;
		}
		Stream<?> values = (value instanceof Collection<?> many) ? many.stream()
				: (value != null) ? Stream.of(value) : Stream.empty();
		return values.map(String::valueOf).map(String::strip).filter(StringUtils::hasText).distinct().toList();
	}

	private static String joined(String given, String family) {
		String name = ((given != null) ? given : "") + " " + ((family != null) ? family : "");
		return name.strip();
	}

	private static String first(String... candidates) {
		return Stream.of(candidates).filter(StringUtils::hasText).map(String::strip).findFirst().orElse("");
	}

}
