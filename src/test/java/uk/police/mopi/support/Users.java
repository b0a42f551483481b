package uk.police.mopi.support;

import java.util.Set;

import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * Signed-in people for tests that need no database (web slices, unit tests): one of each
 * kind, sign in with {@code with(user(Users.programmeTeam()))}.
 */
public final class Users {

	/** When every made-up person last changed their password. */
	static final java.time.Instant SIGNED_UP = java.time.Instant.parse("2008-09-01T08:00:00Z");

	private Users() {
	}

	public static PortalUser admin() {
		return of(1, "admin", "Alex Admin", Role.ADMIN, Set.of());
	}

	public static PortalUser programmeTeam() {
		return of(2, "pmo", "Priya Patel", Role.PROGRAMME_TEAM, Set.of());
	}

	/** An area owner of the given business areas. */
	public static PortalUser owner(String... areas) {
		return of(3, "owner." + String.join("-", areas).toLowerCase(java.util.Locale.ROOT), "Owen Owner",
				Role.AREA_OWNER, Set.of(areas));
	}

	public static PortalUser board() {
		return of(4, "board", "Beatrice Board", Role.BOARD, Set.of());
	}

	public static PortalUser of(long id, String username, String name, Role role, Set<String> areas) {
		return new PortalUser(id, username, name, null, role, true, Set.copyOf(areas), SIGNED_UP, false);
	}

}
