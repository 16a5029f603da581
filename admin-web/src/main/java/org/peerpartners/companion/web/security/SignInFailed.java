package org.peerpartners.companion.web.security;

import java.io.IOException;

import org.peerpartners.companion.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A failed sign-in: counts it against the account (if the email is one) and the network
 * address, locks the account after too many, and always answers with the same message,
 * so the page never tells whether an email has an account or is locked.
 */
final class SignInFailed extends SimpleUrlAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailed.class);

    private final StaffCredentials credentials;
    private final AddressThrottle throttle;
    private final SecurityProperties properties;
    private final AuditLog audit;

    SignInFailed(StaffCredentials credentials, AddressThrottle throttle, SecurityProperties properties, AuditLog audit) {
        super("/login?error");
        this.credentials = credentials;
        this.throttle = throttle;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        throttle.failed(request.getRemoteAddr());
        String email = request.getParameter("username");
        if (exception instanceof BadCredentialsException && email != null && !email.isBlank()) {
            credentials.countFailure(email, properties.maxFailedLogins(), properties.lockout()).ifPresent(staffId -> {
                log.warn("Staff account {} locked for {} after {} failed sign-ins", staffId, properties.lockout(),
                        properties.maxFailedLogins());
                audit.record(null, "system", "ACCOUNT_LOCKED", "staff_user", staffId,
                        properties.maxFailedLogins() + " failed sign-ins; locked for " + properties.lockout());
            });
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
