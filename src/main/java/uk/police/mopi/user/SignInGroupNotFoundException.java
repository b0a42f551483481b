package uk.police.mopi.user;

import uk.police.mopi.shared.NotFoundException;

/** No sign-in group mapping has this id. */
public class SignInGroupNotFoundException extends NotFoundException {

	public SignInGroupNotFoundException(long id) {
		super("No sign-in group with id " + id);
	}

}
