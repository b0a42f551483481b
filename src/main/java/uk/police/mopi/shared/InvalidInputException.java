package uk.police.mopi.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Input broke a rule, so nothing was applied. Every module refuses input this one way:
 * pages show each problem against its field ({@code shared.web.Forms}), the API answers
 * 422 with the problems resolved to text.
 */
public class InvalidInputException extends RuntimeException {

	private final transient List<InputProblem> problems;

	public InvalidInputException(List<InputProblem> problems) {
		super("Invalid input: " + problems);
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid input names at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/** One problem with one field. */
	public static InvalidInputException of(String field, String code, Object... args) {
		return new InvalidInputException(List.of(InputProblem.of(field, code, args)));
	}

	public List<InputProblem> problems() {
		return this.problems;
	}

	/**
	 * Problems gathered one by one, refused together: {@code problems.add(...)} as each
	 * rule is checked, then {@link #throwIfAny()}.
	 */
	public static final class Problems {

		private final List<InputProblem> found = new ArrayList<>();

		public Problems add(String field, String code, Object... args) {
			this.found.add(InputProblem.of(field, code, args));
			return this;
		}

		public Problems addAll(List<InputProblem> problems) {
			this.found.addAll(problems);
			return this;
		}

		/**
		 * Checks a required free text: present, at most {@code max} characters,
		 * printable.
		 */
		public Problems text(String field, String text, int max) {
			if (text == null || text.isBlank()) {
				add(field, "input.required");
			}
			else if (text.length() > max) {
				add(field, "input.size", max);
			}
			else if (!Text.printable(text)) {
				add(field, "input.control");
			}
			return this;
		}

		/** Checks an optional free text: at most {@code max} characters, printable. */
		public Problems optionalText(String field, String text, int max) {
			if (text != null && !text.isBlank()) {
				text(field, text, max);
			}
			return this;
		}

		public boolean isEmpty() {
			return this.found.isEmpty();
		}

		public List<InputProblem> list() {
			return List.copyOf(this.found);
		}

		public void throwIfAny() {
			if (!this.found.isEmpty()) {
				throw new InvalidInputException(this.found);
			}
		}

	}

}
