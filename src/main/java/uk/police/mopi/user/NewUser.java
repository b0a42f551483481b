package uk.police.mopi.user;

import java.util.Set;

/**
 * A person to create.
 *
 * @param username sign-in name
 * @param displayName full name
 * @param password their first password, in clear, hashed before it is stored
 * @param role what they may do
 * @param ownedAreas codes of the business areas they own, for an area owner
 */
public record NewUser(String username, String displayName, String password, Role role, Set<String> ownedAreas) {
}
