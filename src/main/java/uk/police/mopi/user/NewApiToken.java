package uk.police.mopi.user;

/**
 * A token just created: its value, shown to its owner this once and never again, and the
 * token as listed from now on.
 *
 * @param value the token to put in {@code Authorization: Bearer ...}
 * @param token the token as listed
 */
public record NewApiToken(String value, ApiTokenView token) {

	@Override
	public String toString() {
		return "NewApiToken[" + this.token.prefix() + "...]";
	}

}
