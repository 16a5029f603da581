package org.peerpartners.companion.web.requestlog;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One log line per HTTP request: method, path template, status and duration, also as
 * key-value pairs so structured (JSON) logs get them as fields. Never the query string,
 * a body, a header or a raw id: the path is the handler's template
 * ({@code /participants/{participantId}}), or for requests that reach no handler (refused
 * by security, static files, not found) the path with every segment holding a digit
 * replaced by {@code {id}}. Runs outside the security filters so refusals are logged too.
 * Health checks log at DEBUG: load balancers call them every few seconds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String path = template(request);
            Level level = path.startsWith("/actuator/health") ? Level.DEBUG : Level.INFO;
            log.atLevel(level)
                    .setMessage("{} {} {} {} ms")
                    .addArgument(request.getMethod()).addArgument(path).addArgument(response.getStatus())
                    .addArgument(millis)
                    .addKeyValue("http.request.method", request.getMethod())
                    .addKeyValue("url.path", path)
                    .addKeyValue("http.response.status_code", response.getStatus())
                    .addKeyValue("event.duration_ms", millis)
                    .log();
        }
    }

    static String template(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                && !pattern.startsWith("/**") && !pattern.endsWith("/**")) {
            return pattern;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.replaceAll("(?<=/)[^/]*\\d[^/]*", "{id}");
    }
}
