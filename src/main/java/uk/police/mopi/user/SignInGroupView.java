package uk.police.mopi.user;

import java.time.Instant;

/**
 * One of the identity provider's groups and what it gives in the portal.
 *
 * @param id database id
 * @param groupName the group as the provider sends it (a name, a path or an object id)
 * @param role the role it gives
 * @param businessAreaCode the area it owns, for an area-owner group; null otherwise
 * @param updatedAt when it was added
 * @param updatedBy who added it
 */
public record SignInGroupView(long id, String groupName, Role role, String businessAreaCode, Instant updatedAt,
		String updatedBy) {
}
