package uk.police.mopi.programme.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The words of a chart, from {@code messages.properties} like every other text a person
 * reads.
 */
final class ChartText {

	private final MessageSource messages;

	ChartText(MessageSource messages) {
		this.messages = messages;
	}

	String get(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

}
