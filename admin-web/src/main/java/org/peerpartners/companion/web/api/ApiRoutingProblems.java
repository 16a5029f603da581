package org.peerpartners.companion.web.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for API requests that reach no controller (an unknown path, a method the
 * path does not take, a body that is not JSON), which {@link ApiProblems} cannot see because
 * it only advises the API's controllers. Anything outside {@code /api/v1/} is rethrown
 * unchanged, so the staff web keeps its own error pages. Lowest precedence: an advice of the
 * staff web that handles the same exceptions wins (Spring tries only the first matching one).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingProblems {

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(NoResourceFoundException e, HttpServletRequest request) throws NoResourceFoundException {
        requireApi(e, request);
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such API endpoint");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        requireApi(e, request);
        return ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED, "This endpoint does not take "
                + e.getMethod());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        requireApi(e, request);
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send application/json");
    }

    /** Rethrowing the same exception hands it back to Spring's default handling. */
    private static <E extends Exception> void requireApi(E e, HttpServletRequest request) throws E {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/")) {
            throw e;
        }
    }
}
