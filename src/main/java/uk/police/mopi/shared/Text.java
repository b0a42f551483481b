package uk.police.mopi.shared;

/** Rules for free text that people type. */
public final class Text {

	private Text() {
	}

	/**
	 * True when the text has no control characters other than tab, carriage return and
	 * new line.
	 */
	public static boolean printable(String text) {
		return text.codePoints().noneMatch((c) -> Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n');
	}

}
