package uk.police.mopi.user;

/**
 * A person's change of their own password.
 *
 * @param current the password they signed in with
 * @param replacement the new password
 * @param confirmation the new password again
 */
public record PasswordChange(String current, String replacement, String confirmation) {

	@Override
	public String toString() {
		return "PasswordChange[hidden]";
	}

}
