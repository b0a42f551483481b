package uk.police.mopi.user;

/** Rules for usernames and passwords, shared by forms and start-up. */
public final class UserRules {

	/** Lower-case letters, digits, dots, dashes and underscores; 2 to 60 characters. */
	public static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{1,59}$";

	public static final int MIN_PASSWORD_LENGTH = 12;

	public static final int MAX_PASSWORD_LENGTH = 72;

	private UserRules() {
	}

}
