package org.peerpartners.companion.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How the admin web protects sign-in and sessions ({@code companion.security.*}).
 *
 * @param requireTotpForSupervisorsAndAdmins supervisors and administrators must set up an
 *        authenticator app before they can use any page but their account page
 * @param maxFailedLogins wrong passwords (or codes) in a row that lock an account
 * @param lockout how long such an account stays locked
 * @param maxFailedLoginsPerAddress failed sign-ins from one network address, within
 *        {@code addressWindow}, after which that address may not try again until the window passes
 * @param addressWindow the window for {@code maxFailedLoginsPerAddress}
 * @param absoluteSessionTimeout a session ends this long after signing in, however active
 *        (the idle timeout is Boot's {@code server.servlet.session.timeout})
 * @param minPasswordLength shortest password anyone may set
 */
@Validated
@ConfigurationProperties("companion.security")
public record SecurityProperties(
        @DefaultValue("false") boolean requireTotpForSupervisorsAndAdmins,
        @Min(1) @DefaultValue("5") int maxFailedLogins,
        @NotNull @DefaultValue("15m") Duration lockout,
        @Min(1) @DefaultValue("30") int maxFailedLoginsPerAddress,
        @NotNull @DefaultValue("15m") Duration addressWindow,
        @NotNull @DefaultValue("12h") Duration absoluteSessionTimeout,
        @Min(8) @Max(64) @DefaultValue("12") int minPasswordLength) {

    /** Whether this role must use a second factor under the current settings. */
    public boolean totpRequiredFor(StaffRole role) {
        return requireTotpForSupervisorsAndAdmins && role != StaffRole.COACH;
    }
}
