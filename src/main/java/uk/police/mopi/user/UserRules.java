package uk.police.mopi.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import uk.police.mopi.shared.InvalidInputException;

/**
 * Rules for usernames and passwords, shared by forms, user administration, the
 * change-password page and start-up: the one place a password is judged.
 */
public final class UserRules {

	/** Lower-case letters, digits, dots, dashes and underscores; 2 to 60 characters. */
	public static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{1,59}$";

	public static final int MIN_PASSWORD_LENGTH = 12;

	/** bcrypt reads no more than 72 bytes of a password, so no longer one is accepted. */
	public static final int MAX_PASSWORD_BYTES = 72;

	/** The lowest zxcvbn score accepted (0 to 4; 3 is "safely unguessable"). */
	public static final int MIN_PASSWORD_SCORE = 3;

	/** Words any password guesser tries first against this portal. */
	static final List<String> PORTAL_WORDS = List.of("mopi", "police", "portal");

	/**
	 * zxcvbn: its estimate and its built-in list of about 30,000 common and breached
	 * passwords, English words and names. Stateless once built, so shared.
	 */
	private static final Zxcvbn STRENGTH = new Zxcvbn();

	private UserRules() {
	}

	/**
	 * Adds to {@code problems} on {@code field} why a new password is refused, if it is:
	 * too short, over 72 bytes in UTF-8, like the person's username or name, or too
	 * common or easy to guess.
	 */
	public static void checkPassword(InvalidInputException.Problems problems, String field, String password,
			String username, String displayName) {
		if (password == null || password.isEmpty()) {
			problems.add(field, "user.password.required");
			return;
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			problems.add(field, "user.password.tooLong", MAX_PASSWORD_BYTES);
			return;
		}
		if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			problems.add(field, "user.password.tooShort", MIN_PASSWORD_LENGTH);
			return;
		}
		List<String> personal = personalWords(username, displayName);
		Strength strength = STRENGTH.measure(password, personal);
		if (likePerson(password, strength, personal)) {
			problems.add(field, "user.password.likeName");
		}
		else if (strength.getScore() < MIN_PASSWORD_SCORE) {
			problems.add(field, "user.password.tooCommon");
		}
	}

	/** The username, the parts of the name and the portal's words, lower case. */
	private static List<String> personalWords(String username, String displayName) {
		List<String> words = new ArrayList<>(PORTAL_WORDS);
		if (username != null && !username.isBlank()) {
			words.add(username.toLowerCase(Locale.ROOT));
			words.addAll(parts(username));
		}
		if (displayName != null && !displayName.isBlank()) {
			words.add(displayName.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
			words.addAll(parts(displayName));
		}
		return words;
	}

	private static List<String> parts(String text) {
		return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((part) -> part.length() >= 3)
			.toList();
	}

	/**
	 * True when the password contains the username, or when zxcvbn found the person's
	 * name or username in it and it is weak for that reason.
	 */
	private static boolean likePerson(String password, Strength strength, List<String> personal) {
		String lower = password.toLowerCase(Locale.ROOT);
		List<String> own = personal.subList(PORTAL_WORDS.size(), personal.size());
		if (own.stream().anyMatch((word) -> word.length() >= 4 && lower.contains(word))) {
			return true;
		}
		boolean usesPerson = strength.getSequence()
			.stream()
			.anyMatch((match) -> match.pattern == Pattern.Dictionary && "user_inputs".equals(match.dictionaryName)
					&& own.contains(matched(match)));
		return usesPerson && strength.getScore() < MIN_PASSWORD_SCORE;
	}

	private static String matched(Match match) {
		return (match.matchedWord != null) ? match.matchedWord.toString() : "";
	}

}
