package org.peerpartners.companion.bot.channel.twilio;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.peerpartners.companion.messaging.AddressMask;

/**
 * Twilio SMS settings ({@code companion.twilio.*}; environment {@code COMPANION_TWILIO_*}).
 * Without account SID and auth token the SMS channel is off.
 *
 * @param accountSid the account (AC...)
 * @param authToken the auth token; signs Twilio's webhooks and authenticates our calls; never logged
 * @param from our E.164 number, or a Messaging Service SID (MG...)
 * @param apiUrl the REST API base URL (default https://api.twilio.com; tests point it at a fake)
 * @param timeout the longest wait for one REST call (default 10s)
 */
@ConfigurationProperties("companion.twilio")
public record TwilioProperties(
        String accountSid,
        String authToken,
        String from,
        @DefaultValue("https://api.twilio.com") URI apiUrl,
        @DefaultValue("10s") Duration timeout) {

    public TwilioProperties {
        if (apiUrl == null) {
            apiUrl = URI.create("https://api.twilio.com");
        }
        if (timeout == null) {
            timeout = Duration.ofSeconds(10);
        }
        String scheme = apiUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || apiUrl.getHost() == null) {
            throw new IllegalArgumentException("companion.twilio.api-url must be an http(s) URL, got " + apiUrl);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("companion.twilio.timeout must be positive");
        }
    }

    boolean configured() {
        return present(accountSid) && present(authToken);
    }

    /** Fails start-up with a clear message when a switched-on channel cannot work. */
    void requireUsable(URI publicBaseUrl) {
        if (!accountSid.startsWith("AC")) {
            throw new IllegalStateException("companion.twilio.account-sid must start with AC");
        }
        if (!present(from) || !(from.startsWith("+") || from.startsWith("MG"))) {
            throw new IllegalStateException("companion.twilio.from (COMPANION_TWILIO_FROM) must be an E.164 number "
                    + "(+1...) or a Messaging Service SID (MG...)");
        }
        if (publicBaseUrl == null) {
            // Twilio signs over the public URL it called; without it no webhook can be verified
            throw new IllegalStateException("The SMS channel needs companion.public-base-url (COMPANION_PUBLIC_BASE_URL)");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "TwilioProperties[accountSid=" + (present(accountSid) ? "(set)" : "(none)") + ", authToken="
                + (present(authToken) ? "(set)" : "(none)") + ", from=" + AddressMask.mask(from) + ", apiUrl="
                + apiUrl + ", timeout=" + timeout + "]";
    }
}
