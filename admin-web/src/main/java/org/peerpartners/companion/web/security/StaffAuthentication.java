package org.peerpartners.companion.web.security;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in, plus the authenticator code for staff who set one up. A wrong code
 * fails exactly like a wrong password (same message, counts towards the lock-out), so the
 * form never tells whether the password was right.
 */
final class StaffAuthentication extends DaoAuthenticationProvider {

    private final StaffCredentials credentials;
    private final Clock clock;

    StaffAuthentication(StaffAccounts accounts, PasswordEncoder encoder, StaffCredentials credentials, Clock clock) {
        super(accounts);
        setPasswordEncoder(encoder);
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        super.additionalAuthenticationChecks(user, authentication);
        if (!(user instanceof StaffPrincipal staff)) {
            return;
        }
        Optional<String> secret = credentials.totpSecret(staff.staffId());
        if (secret.isEmpty()) {
            return;
        }
        String code = authentication.getDetails() instanceof SignInDetails details ? details.code() : null;
        long step = Totp.matchingStep(secret.get(), code, clock.instant());
        if (step < 0 || !credentials.useTotpStep(staff.staffId(), step)) {
            throw new BadCredentialsException("Wrong, reused or missing authenticator code");
        }
    }
}
