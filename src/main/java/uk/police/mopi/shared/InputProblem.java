package uk.police.mopi.shared;

import java.util.List;

/**
 * One thing wrong with some input: the field at fault (null for the input as a whole),
 * the code of its message in {@code messages.properties} and the message's arguments.
 *
 * @param field the form or API field, or null
 * @param code message code
 * @param args message arguments, in order
 */
public record InputProblem(String field, String code, List<Object> args) {

	public InputProblem {
		// An argument may be null (a value the person left out): shown as blank.
		args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
	}

	public static InputProblem of(String field, String code, Object... args) {
		return new InputProblem(field, code, java.util.Arrays.asList(args));
	}

}
