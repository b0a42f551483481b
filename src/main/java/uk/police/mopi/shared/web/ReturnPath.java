package uk.police.mopi.shared.web;

/**
 * Where a person came from, carried through a form as {@code returnTo} so that the back
 * link and the page after a change lead back there. Only a path on this portal is kept:
 * it must start with one "/", and carry no scheme, no "//", no backslash and no control
 * character, so it can never send anyone to another site.
 */
public final class ReturnPath {

	private static final int MAX_LENGTH = 300;

	private ReturnPath() {
	}

	/** The path when it is a safe local one, otherwise null. */
	public static String safe(String path) {
		if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/'
				|| path.startsWith("//") || path.contains("\\") || path.contains("://")) {
			return null;
		}
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c < 0x21 || c == 0x7f) {
				return null;
			}
		}
		return path;
	}

}
