package uk.police.mopi.user;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a session records when its person signs in, for the sessions page and the absolute
 * lifetime: when (Spring Session's own wall-clock time, never the demo calendar), from
 * which address and with which browser.
 *
 * @param signedInAt when the person signed in
 * @param address the address the sign-in came from
 * @param browser the browser's description of itself (User-Agent), shortened
 */
record SignInDetails(Instant signedInAt, String address, String browser) implements Serializable {

	@Serial
	private static final long serialVersionUID = 10L;

	/** The session attribute that holds it. */
	static final String ATTRIBUTE = SignInDetails.class.getName();

	static final int MAX_BROWSER_LENGTH = 200;

	static SignInDetails of(Instant signedInAt, String address, String browser) {
		String shortened = (browser == null) ? ""
				: (browser.length() > MAX_BROWSER_LENGTH) ? browser.substring(0, MAX_BROWSER_LENGTH) : browser;
		return new SignInDetails(signedInAt, address, shortened);
	}

}
