package uk.police.mopi.assessment;

import java.util.List;

/** A change broke the rules in {@link AssessmentRules}; nothing was applied. */
public class InvalidChangeException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public InvalidChangeException(List<FieldProblem> problems) {
		super("Invalid change: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
