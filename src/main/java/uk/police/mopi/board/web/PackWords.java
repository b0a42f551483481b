package uk.police.mopi.board.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The words of a pack's codes (levels, RAGs, statuses) and labels in one locale, from
 * messages.properties. A code with no words is shown as it is.
 */
final class PackWords {

	private final MessageSource messages;

	private final Locale locale;

	PackWords(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The text of a message. */
	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/** The words of a code under a message prefix, or null for a null code. */
	String of(String prefix, String code) {
		if (code == null) {
			return null;
		}
		return this.messages.getMessage(prefix + code, null, code, this.locale);
	}

	/** A ComplianceLevel name in words ("Not met", "Fair"). */
	String level(String code) {
		return of("level.", code);
	}

}
