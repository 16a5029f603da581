package org.peerpartners.companion.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Limits on a signed-in session that Spring Security does not have: it ends a fixed time
 * after signing in, however busy (the idle timeout is the servlet container's); it ends as
 * soon as an administrator turns the account off; and a supervisor or administrator who
 * must use an authenticator app can reach only their account page (to set it up) until
 * they have one.
 */
final class SessionLimits extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "companion.signedInAt";
    static final String TOTP_SETUP_REQUIRED = "companion.totpSetupRequired";
    static final String TOTP_SETUP_PAGE = "/account/totp";

    private final SecurityProperties properties;
    private final StaffCredentials credentials;
    private final Clock clock;

    SessionLimits(SecurityProperties properties, StaffCredentials credentials, Clock clock) {
        this.properties = properties;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && (session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn
                && !clock.instant().isBefore(signedIn.plus(properties.absoluteSessionTimeout())) || turnedOff())) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (isApi(request)) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
            return;
        }
        if (session != null && Boolean.TRUE.equals(session.getAttribute(TOTP_SETUP_REQUIRED)) && !mayUseBeforeSetup(request)) {
            if (isApi(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + TOTP_SETUP_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** One indexed lookup per signed-in request, so turning an account off takes effect at once. */
    private boolean turnedOff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
                && !credentials.isEnabled(staff.staffId());
    }

    private static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    private static boolean mayUseBeforeSetup(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/account") || path.equals("/logout") || path.equals("/login") || path.startsWith("/css/")
                || path.startsWith("/images/") || path.equals("/error") || path.equals("/favicon.ico");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
