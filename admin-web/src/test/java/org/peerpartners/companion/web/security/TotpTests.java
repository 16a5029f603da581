package org.peerpartners.companion.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTests {

    /** RFC 6238 appendix B: the SHA-1 key is the ASCII of "12345678901234567890", 8 digits. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheRfc6238TestVectors() {
        assertThat(Totp.code(RFC_KEY, 59L / 30, 8)).isEqualTo("94287082");
        assertThat(Totp.code(RFC_KEY, 1111111109L / 30, 8)).isEqualTo("07081804");
        assertThat(Totp.code(RFC_KEY, 1111111111L / 30, 8)).isEqualTo("14050471");
        assertThat(Totp.code(RFC_KEY, 1234567890L / 30, 8)).isEqualTo("89005924");
        assertThat(Totp.code(RFC_KEY, 2000000000L / 30, 8)).isEqualTo("69279037");
        assertThat(Totp.code(RFC_KEY, 20000000000L / 30, 8)).isEqualTo("65353130");
    }

    @Test
    void matchesTheRfc4226HotpValuesWithSixDigits() {
        assertThat(Totp.code(RFC_KEY, 0, 6)).isEqualTo("755224");
        assertThat(Totp.code(RFC_KEY, 9, 6)).isEqualTo("520489");
    }

    @Test
    void base32RoundTripsAndMatchesTheRfc4648Example() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.fromBase32("MZXW6YTBOI======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNoFurther() {
        String secret = Totp.base32(RFC_KEY);
        Instant now = Instant.ofEpochSecond(1111111111L);

        assertThat(Totp.verify(secret, Totp.codeAt(secret, now), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.codeAt(secret, now.minusSeconds(30)), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.codeAt(secret, now.plusSeconds(30)), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.codeAt(secret, now.minusSeconds(90)), now)).isFalse();
        assertThat(Totp.verify(secret, Totp.codeAt(secret, now.plusSeconds(90)), now)).isFalse();
    }

    @Test
    void tellsWhichStepACodeBelongsTo() {
        String secret = Totp.base32(RFC_KEY);
        Instant now = Instant.ofEpochSecond(1111111111L);
        long step = 1111111111L / 30;

        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now), now)).isEqualTo(step);
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.minusSeconds(30)), now)).isEqualTo(step - 1);
        assertThat(Totp.matchingStep(secret, "000000".equals(Totp.codeAt(secret, now)) ? "111111" : "000000", now)).isEqualTo(-1);
    }

    @Test
    void refusesMissingOrMalformedCodes() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-23T15:00:00Z");

        assertThat(Totp.verify(secret, null, now)).isFalse();
        assertThat(Totp.verify(secret, "", now)).isFalse();
        assertThat(Totp.verify(secret, "12345", now)).isFalse();
        assertThat(Totp.verify(secret, "abcdef", now)).isFalse();
        String code = Totp.codeAt(secret, now);
        assertThat(Totp.verify(secret, code.substring(0, 3) + " " + code.substring(3), now)).as("spaces are ignored").isTrue();
    }

    @Test
    void otpauthUriNamesIssuerAccountAndSecret() {
        assertThat(Totp.otpauthUri("Peer Partners Companion", "sam@example.org", "ABCDEF"))
                .isEqualTo("otpauth://totp/Peer%20Partners%20Companion:sam%40example.org?secret=ABCDEF"
                        + "&issuer=Peer%20Partners%20Companion&algorithm=SHA1&digits=6&period=30");
    }
}
