package uk.police.mopi.user;

import uk.police.mopi.shared.NotFoundException;

/** No user has this id. */
public class UserNotFoundException extends NotFoundException {

	public UserNotFoundException(long id) {
		super("No user with id " + id);
	}

}
