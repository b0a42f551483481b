package uk.police.mopi.programme;

import java.util.List;

/**
 * A change to the plan broke a rule; nothing was applied.
 *
 * @deprecated the portal refuses with
 * {@code uk.police.mopi.shared.InvalidInputException}; kept only until {@code finance}
 * has moved to it
 */
@Deprecated(forRemoval = true)
public class InvalidPlanException extends RuntimeException {

	private final transient List<PlanProblem> problems;

	public InvalidPlanException(List<PlanProblem> problems) {
		super("Invalid change to the plan: " + problems);
		this.problems = List.copyOf(problems);
	}

	public InvalidPlanException(String field, String message) {
		this(List.of(new PlanProblem(field, message)));
	}

	public List<PlanProblem> problems() {
		return this.problems;
	}

}
