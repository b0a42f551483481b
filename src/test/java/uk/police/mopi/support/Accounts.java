package uk.police.mopi.support;

import org.springframework.boot.test.context.TestComponent;

import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.UserService;

/**
 * The demo accounts as they are in the database now, for {@link PortalTest}s that sign in
 * with {@code with(user(accounts.admin()))}. Every page request reads the account again
 * and ends a session whose credentials differ from the account's, so a made-up person
 * from {@link Users} (right for web slices, which have no database) would be signed out.
 */
@TestComponent
public class Accounts {

	private final UserService users;

	Accounts(UserService users) {
		this.users = users;
	}

	public PortalUser admin() {
		return named(DemoAccounts.ADMIN.username());
	}

	public PortalUser programmeTeam() {
		return named(DemoAccounts.PMO.username());
	}

	/** The owner of Custody. */
	public PortalUser owner() {
		return named(DemoAccounts.OWNER.username());
	}

	public PortalUser board() {
		return named(DemoAccounts.BOARD.username());
	}

	/** Anyone, by username, as the account is now. */
	public PortalUser named(String username) {
		return (PortalUser) this.users.loadUserByUsername(username);
	}

}
