package uk.police.mopi.assessment;

/**
 * Something wrong with one field of a change.
 *
 * @param field the field, as named in forms and the API
 * @param code message code in {@code messages.properties}
 * @param message the message in English
 */
public record FieldProblem(String field, String code, String message) {
}
