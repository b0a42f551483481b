package uk.police.mopi.user;

import java.time.Instant;
import java.util.Set;

/**
 * A person who signs in, as the rest of the portal sees them.
 *
 * @param id database id
 * @param username sign-in name
 * @param displayName full name
 * @param role what they may do
 * @param enabled false when they may no longer sign in
 * @param ownedAreas codes of the business areas they own (area owners only)
 * @param version optimistic-lock version
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 */
public record UserView(long id, String username, String displayName, Role role, boolean enabled, Set<String> ownedAreas,
		long version, Instant updatedAt, String updatedBy) {
}
