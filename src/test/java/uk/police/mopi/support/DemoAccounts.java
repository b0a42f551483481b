package uk.police.mopi.support;

import java.util.List;

import uk.police.mopi.shared.DemoData;
import uk.police.mopi.user.Role;

/** The demo accounts the tests sign in as, one per role. */
public enum DemoAccounts {

	ADMIN("admin", Role.ADMIN), PMO("pmo", Role.PROGRAMME_TEAM), OWNER("owner.custody", Role.AREA_OWNER),
	BOARD("board", Role.BOARD);

	public static final String PASSWORD = DemoData.DEMO_PASSWORD;

	private final String username;

	private final Role role;

	DemoAccounts(String username, Role role) {
		this.username = username;
		this.role = role;
	}

	public String username() {
		return this.username;
	}

	public Role role() {
		return this.role;
	}

	public static List<DemoAccounts> all() {
		return List.of(values());
	}

}
