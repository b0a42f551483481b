package uk.police.mopi.shared.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import uk.police.mopi.shared.PersonDirectory;

/**
 * Names people on pages ({@code ${@displayNames.of(h.changedBy())}}): the display name
 * for a username a history or list recorded. The names are read in one statement the
 * first time a request asks, and kept for the rest of it, so a page of a hundred history
 * rows costs one statement, not a hundred. A username with no account (an account renamed
 * since, a sign-in attempt as someone unknown) is shown as it was recorded; the portal's
 * own changes ({@link PersonDirectory#PORTAL}) as {@code people.portal}.
 */
@Component
public class DisplayNames {

	private static final String CACHE = DisplayNames.class.getName() + ".names";

	private final PersonDirectory directory;

	private final MessageSource messages;

	DisplayNames(PersonDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	/** The person's name, or the username when no account has it. */
	public String of(String username) {
		if (username == null) {
			return null;
		}
		if (PersonDirectory.PORTAL.equals(username)) {
			return this.messages.getMessage("people.portal", null, LocaleContextHolder.getLocale());
		}
		return names().getOrDefault(username, username);
	}

	/**
	 * The person's name with their username ({@code people.nameAndUsername}), for the
	 * audit trail, where the username is what an inspector searches by; the username
	 * alone when no account has it.
	 */
	public String withUsername(String username) {
		String name = of(username);
		if (name == null || name.equals(username)) {
			return username;
		}
		return this.messages.getMessage("people.nameAndUsername", new Object[] { name, username },
				LocaleContextHolder.getLocale());
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> names() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return this.directory.displayNames();
		}
		Map<String, String> names = (Map<String, String>) request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
		if (names == null) {
			names = this.directory.displayNames();
			request.setAttribute(CACHE, names, RequestAttributes.SCOPE_REQUEST);
		}
		return names;
	}

}
