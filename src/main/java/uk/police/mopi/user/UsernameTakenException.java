package uk.police.mopi.user;

/** The username asked for is in use already. */
public class UsernameTakenException extends RuntimeException {

	public UsernameTakenException(String username) {
		super("The username " + username + " is taken");
	}

}
