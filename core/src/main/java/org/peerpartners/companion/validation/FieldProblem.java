package org.peerpartners.companion.validation;

/**
 * One thing wrong with one input field.
 *
 * @param field the field as the caller named it ({@code timeZone}, {@code sets[1][0]})
 * @param code a stable key for translations ({@code required}, {@code unknown_time_zone})
 * @param message a plain English explanation, for API callers and logs
 */
public record FieldProblem(String field, String code, String message) {
}
