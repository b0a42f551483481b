package uk.police.mopi.user;

import java.util.Set;

/**
 * A change to a person.
 *
 * @param displayName full name
 * @param role what they may do
 * @param ownedAreas codes of the business areas they own, for an area owner
 * @param enabled whether they may sign in
 */
public record UserChange(String displayName, Role role, Set<String> ownedAreas, boolean enabled) {
}
