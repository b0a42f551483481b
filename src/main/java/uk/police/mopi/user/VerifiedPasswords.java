package uk.police.mopi.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords bcrypt accepted lately, remembered in memory for a few minutes so that HTTP
 * Basic on the API costs one bcrypt per few minutes per client, not one per call. Keyed
 * by a SHA-256 of the username, the password and the stored hash: a new password (a new
 * stored hash) misses the cache, and no password is kept in the clear.
 */
class VerifiedPasswords {

	private static final int MOST_ENTRIES = 10_000;

	private final Map<String, Instant> verified = new ConcurrentHashMap<>();

	private final Duration lifetime;

	VerifiedPasswords(Duration lifetime) {
		this.lifetime = lifetime;
	}

	/** True when this password was verified against this stored hash lately. */
	boolean contains(String username, String password, String storedHash, Instant now) {
		if (this.lifetime.isZero()) {
			return false;
		}
		String key = key(username, password, storedHash);
		Instant until = this.verified.get(key);
		if (until == null) {
			return false;
		}
		if (!until.isAfter(now)) {
			this.verified.remove(key, until);
			return false;
		}
		return true;
	}

	/** Remembers a password bcrypt has just accepted. */
	void add(String username, String password, String storedHash, Instant now) {
		if (this.lifetime.isZero()) {
			return;
		}
		if (this.verified.size() >= MOST_ENTRIES) {
			this.verified.values().removeIf((until) -> !until.isAfter(now));
			if (this.verified.size() >= MOST_ENTRIES) {
				this.verified.clear();
			}
		}
		this.verified.put(key(username, password, storedHash), now.plus(this.lifetime));
	}

	private static String key(String username, String password, String storedHash) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			for (String part : new String[] { username, password, storedHash }) {
				byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
				sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
				sha256.update((byte) ':');
				sha256.update(bytes);
			}
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
