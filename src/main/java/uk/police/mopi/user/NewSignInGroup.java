package uk.police.mopi.user;

/**
 * A group of the identity provider to map to a role.
 *
 * @param groupName the group as the provider sends it
 * @param role the role it gives
 * @param businessAreaCode the area it owns, for an area-owner group
 */
public record NewSignInGroup(String groupName, Role role, String businessAreaCode) {
}
