package uk.police.mopi.board.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

import uk.police.mopi.board.PackFigures;

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
	/**
	 * A counts row's name: the force-wide row has none stored and takes the portal's
	 * words.
	 */
	String name(PackFigures.CountsRow row) {
		return (row.name() != null) ? row.name() : text("assessment.force.long");
	}

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
