package uk.police.mopi.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events as one structured line each on the logger
 * {@code uk.police.mopi.security}:
 * {@code event=signin.failure username="pmo" address=10.0.0.7 reason=bad_credentials}.
 * Never a password or token. Usernames are quoted with quotes, backslashes and line
 * breaks escaped, so nobody can forge a line by choosing a username.
 */
final class SecurityLog {

	private static final Logger log = LoggerFactory.getLogger("uk.police.mopi.security");

	private static final int LONGEST_VALUE = 100;

	private SecurityLog() {
	}

	static void event(String event, String username, String address, String reason) {
		if (log.isInfoEnabled()) {
			log.info(line(event, username, address, reason));
		}
	}

	/** A warning-level event: lockouts and blocks. */
	static void warning(String event, String username, String address, String reason) {
		log.warn(line(event, username, address, reason));
	}

	static String line(String event, String username, String address, String reason) {
		return "event=" + event + " username=" + quoted(username) + " address=" + quoted(address) + " reason="
				+ quoted(reason);
	}

	private static String quoted(String value) {
		if (value == null) {
			return "-";
		}
		String shown = (value.length() > LONGEST_VALUE) ? value.substring(0, LONGEST_VALUE) : value;
		StringBuilder out = new StringBuilder(shown.length() + 2).append('"');
		for (char c : shown.toCharArray()) {
			switch (c) {
				case '"', '\\' -> out.append('\\').append(c);
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(Character.isISOControl(c) ? '?' : c);
			}
		}
		return out.append('"').toString();
	}

}
