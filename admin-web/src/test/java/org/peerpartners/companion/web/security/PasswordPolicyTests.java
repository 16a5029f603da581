package org.peerpartners.companion.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(
            new SecurityProperties(false, 5, Duration.ofMinutes(15), 30, Duration.ofMinutes(15), Duration.ofHours(12), 12));

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(policy.problems("river otter teapot lantern", "carmen@example.org")).isEmpty();
    }

    @Test
    void shorterThanTheMinimumIsRefused() {
        assertThat(policy.problems("short pass1", "carmen@example.org")).containsExactly("security.password.tooShort");
        assertThat(policy.problems(null, "carmen@example.org")).containsExactly("security.password.tooShort");
        assertThat(policy.problems("twelve chars", "carmen@example.org")).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedEvenWithDigitsOrSymbolsAdded() {
        assertThat(policy.problems("qwertyuiop1234", null)).contains("security.password.tooCommon");
        assertThat(policy.problems("Password123456!", null)).contains("security.password.tooCommon");
        assertThat(policy.problems("sunshine2026!!", null)).contains("security.password.tooCommon");
        assertThat(policy.problems("iloveyou 12345", null)).contains("security.password.tooCommon");
    }

    @Test
    void passwordContainingTheEmailNameIsRefused() {
        assertThat(policy.problems("carmen-is-the-best-coach", "Carmen@example.org"))
                .containsExactly("security.password.containsEmail");
    }

    @Test
    void moreThan72BytesIsRefusedBecauseBcryptWouldIgnoreTheRest() {
        assertThat(policy.problems("ñ".repeat(37), null)).containsExactly("security.password.tooLong");
        assertThat(policy.problems("x".repeat(72), null)).doesNotContain("security.password.tooLong");
    }
}
