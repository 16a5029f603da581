package org.peerpartners.companion.validation;

import java.util.List;

/**
 * Input a domain service refused, with every field that was wrong. The web pages show the
 * problems next to their fields; the API answers 400 with them as problem details.
 */
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String code, String message) {
        return new InvalidInput(List.of(new FieldProblem(field, code, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String describe(List<FieldProblem> problems) {
        StringBuilder text = new StringBuilder("Invalid input:");
        problems.forEach(p -> text.append(' ').append(p.field()).append(" (").append(p.message()).append(')'));
        return text.toString();
    }
}
