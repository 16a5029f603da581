package org.peerpartners.companion.web.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least {@code minPasswordLength} characters, at most 72
 * bytes (bcrypt ignores the rest), not one of the 20,000 most common passwords, not that
 * with a number or symbols tacked on, and not the person's email. Length beats
 * composition rules (NIST SP 800-63B), so there are none of those.
 *
 * <p>The list ({@code security/common-passwords.txt.gz}) is Django's: Royce Williams'
 * 20,000 most common passwords, lower-cased (BSD licence, see Django's LICENSE).
 */
@Component
public class PasswordPolicy {

    /** bcrypt reads at most 72 bytes; Spring's encoder refuses longer input. */
    static final int MAX_BYTES = 72;

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(SecurityProperties properties) {
        this.minLength = properties.minPasswordLength();
        this.common = load();
    }

    /**
     * The problems with a proposed password, as message keys of the {@code web/security}
     * bundle; empty when it may be used. Every key takes the minimum length as argument {0}.
     */
    public List<String> problems(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            problems.add("security.password.tooShort");
            return problems;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("security.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        // "password1234!" is as weak as "password": strip what people add at the end.
        String stem = lower.replaceAll("[\\d\\W_]+$", "");
        if (common.contains(lower) || common.contains(stem) || common.contains(lower.replace(" ", ""))) {
            problems.add("security.password.tooCommon");
        }
        if (email != null && !email.isBlank()) {
            String local = email.strip().toLowerCase(Locale.ROOT).replaceAll("@.*", "");
            if (local.length() >= 4 && lower.contains(local)) {
                problems.add("security.password.containsEmail");
            }
        }
        return problems;
    }

    public int minLength() {
        return minLength;
    }

    private static Set<String> load() {
        var resource = new ClassPathResource("security/common-passwords.txt.gz");
        Set<String> passwords = new HashSet<>(40_000);
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource.getInputStream()),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the common-password list", e);
        }
        return Set.copyOf(passwords);
    }
}
