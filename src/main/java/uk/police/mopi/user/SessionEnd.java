package uk.police.mopi.user;

import java.util.Locale;

/**
 * Why the portal ended a session before its person signed out: the reason in the audit
 * trail ({@code session.expired}) and in the sign-in page's message
 * ({@code login.ended.<reason>}).
 */
public enum SessionEnd {

	/** The account was deleted. */
	ACCOUNT_GONE,

	/** The account may no longer sign in. */
	ACCOUNT_DISABLED,

	/** The password changed since the session signed in (by its person or a reset). */
	PASSWORD_CHANGED,

	/**
	 * The session outlived its absolute lifetime ({@code mopi.session.absolute-timeout}).
	 */
	LIFETIME;

	/** The reason as the sign-in page's parameter and the audit trail write it. */
	public String reason() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
