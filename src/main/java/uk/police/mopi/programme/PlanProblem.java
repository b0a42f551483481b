package uk.police.mopi.programme;

/**
 * Something wrong with a change to the plan.
 *
 * @param field the form or API field at fault
 * @param message what is wrong, in words a person can act on
 * @deprecated the portal refuses with {@code uk.police.mopi.shared.InputProblem}; kept
 * only until {@code finance} has moved to it
 */
@Deprecated(forRemoval = true)
public record PlanProblem(String field, String message) {
}
