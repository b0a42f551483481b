package uk.police.mopi.shared;

/**
 * Whether this portal carries demo data and demo accounts. On by default with the
 * embedded database, off with an external one unless the {@code demo} profile is active
 * or {@code mopi.demo-data.enabled} says otherwise. Production never gets demo accounts.
 *
 * @param enabled true when demo data and demo accounts are loaded
 */
public record DemoData(boolean enabled) {

	/** The password of every demo account. */
	public static final String DEMO_PASSWORD = "mopi-demo-2007";

}
