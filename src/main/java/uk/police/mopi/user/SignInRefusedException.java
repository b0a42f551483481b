package uk.police.mopi.user;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before its password was checked: the account tried, or the address it
 * came from, has had too many failed sign-ins lately. Says when to try again, never
 * whether the account exists.
 */
class SignInRefusedException extends LockedException {

	private final transient Instant retryAfter;

	private final long waitSeconds;

	private final String reason;

	SignInRefusedException(Instant retryAfter, Instant now, String reason) {
		super("Too many failed sign-ins");
		this.retryAfter = retryAfter;
		this.waitSeconds = Math.max(1, java.time.Duration.between(now, retryAfter).toSeconds() + 1);
		this.reason = reason;
	}

	/** How many seconds to wait, counted when the sign-in was refused. */
	long waitSeconds() {
		return this.waitSeconds;
	}

	/** When a sign-in may be tried again. */
	Instant retryAfter() {
		return this.retryAfter;
	}

	/** {@code account_locked} or {@code address_blocked}, for the security log. */
	String reason() {
		return this.reason;
	}

}
