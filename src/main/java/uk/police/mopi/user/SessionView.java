package uk.police.mopi.user;

import java.time.Instant;

/**
 * One of a person's open sessions, as their sessions page shows it.
 *
 * @param handle names the session on the page without giving away its id (a hash of it)
 * @param signedInAt when the person signed in
 * @param lastActive the session's last request
 * @param address the address the sign-in came from
 * @param browser the browser's description of itself
 * @param current whether this is the session looking at the page
 */
public record SessionView(String handle, Instant signedInAt, Instant lastActive, String address, String browser,
		boolean current) {

}
