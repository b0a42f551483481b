package uk.police.mopi.programme;

/**
 * Something wrong with a change to the plan.
 *
 * @param field the form or API field at fault
 * @param message what is wrong, in words a person can act on
 */
public record PlanProblem(String field, String message) {
}
