package uk.police.mopi.user;

import java.io.Serializable;
import java.util.List;

/**
 * Someone the identity provider signed in whose groups give no access to the portal: kept
 * in their session (with no rights) for the "access pending" page.
 *
 * @param provider the identity provider's name
 * @param displayName their name at the provider
 * @param groups the groups the provider sent, none of them mapped
 */
public record PendingAccess(String provider, String displayName, List<String> groups) implements Serializable {

	/** The session attribute that holds it. */
	public static final String SESSION_ATTRIBUTE = "uk.police.mopi.user.PendingAccess";

	public PendingAccess {
		groups = List.copyOf(groups);
	}

}
