package org.peerpartners.companion.web.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.peerpartners.companion.validation.FieldProblem;
import org.peerpartners.companion.validation.InvalidInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Errors of the API as RFC 9457 problem details ({@code application/problem+json}). Bad
 * input is 400 with {@code errors: [{field, code, message}]}; a record the caller may not
 * see, or that does not exist, is 404 either way, so ids reveal nothing.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    static final URI VALIDATION = URI.create("https://peerpartners.org/problems/validation");

    /** The API's "not there for you": thrown by {@link ApiAccess} and for missing records. */
    static final class NotFound extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotFound() {
            super("No such record", null, false, false);
        }
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return validation(e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        // Name the field when the JSON was well-formed but a value had the wrong type.
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (JacksonException.Reference reference : databind.getPath()) {
                if (reference.getPropertyName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    field.append('[').append(reference.getIndex()).append(']');
                }
            }
            return validation(List.of(new FieldProblem(field.toString(), "wrong_type", "has the wrong type")));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this request");
        problem.setTitle("Malformed request body");
        return problem;
    }

    @ExceptionHandler({NotFound.class, NoSuchElementException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record");
    }

    private static ProblemDetail validation(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are not valid: " + String.join(", ", problems.stream().map(FieldProblem::field).toList()));
        problem.setType(VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "code", p.code(), "message", p.message()))
                .toList());
        return problem;
    }
}
