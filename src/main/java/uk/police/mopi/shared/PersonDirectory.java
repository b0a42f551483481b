package uk.police.mopi.shared;

import java.util.Map;

/**
 * The names of the people who sign in, by the username that histories, evidence,
 * proposals and the audit trail record. The {@code user} module, which knows the people,
 * implements it, so that every module (the audit trail too, which depends on nothing
 * else) can show a person's name rather than their username.
 */
public interface PersonDirectory {

	/**
	 * What histories and the audit trail record when no person made the change: the
	 * portal itself (start-up, demo data, a catalogue import's new cells).
	 */
	String PORTAL = "system";

	/** Every person's display name by username, from one statement. */
	Map<String, String> displayNames();

}
