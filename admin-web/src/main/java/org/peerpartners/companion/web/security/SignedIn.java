package org.peerpartners.companion.web.security;

import java.io.IOException;
import java.time.Clock;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After signing in: the failed-sign-in count starts again, the session remembers when it
 * began (for the absolute timeout), a supervisor or administrator who must set up an
 * authenticator app is sent to do so, and the admin web speaks the staff member's own
 * language (staff_user.language) unless they already chose one on the login page. Then it
 * goes where they were heading, or to their dashboard.
 */
final class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {

    private final StaffCredentials credentials;
    private final SecurityProperties properties;
    private final Clock clock;

    SignedIn(StaffCredentials credentials, SecurityProperties properties, Clock clock) {
        setDefaultTargetUrl("/");
        this.credentials = credentials;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        var session = request.getSession();
        session.setAttribute(SessionLimits.SIGNED_IN_AT, clock.instant());
        if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
            credentials.resetFailures(staff.staffId());
            if (session.getAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME) == null) {
                session.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, staff.language());
            }
            if (properties.totpRequiredFor(staff.role()) && credentials.totpSecret(staff.staffId()).isEmpty()) {
                session.setAttribute(SessionLimits.TOTP_SETUP_REQUIRED, Boolean.TRUE);
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, SessionLimits.TOTP_SETUP_PAGE);
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
