package org.peerpartners.companion.demo;

import java.security.SecureRandom;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issues invite codes for the demo people: 8 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), drawn with {@link SecureRandom} because a code is what links a phone to a
 * person. Kept private to the demo until core's {@code InviteCodes} (being written in
 * parallel) lands; then the demo should use that instead.
 */
final class InviteCodeGenerator {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();

    String next() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Stores a fresh code for one participant or one staff member (exactly one is non-null). */
    String issue(JdbcClient jdbc, Long participantId, Long staffUserId, Instant createdAt) {
        while (true) {
            String code = next();
            int inserted = jdbc.sql("""
                    INSERT INTO invite_code (code, participant_id, staff_user_id, created_at)
                    VALUES (?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""")
                    .params(code, participantId, staffUserId, Sql.at(createdAt)).update();
            if (inserted == 1) {
                return code;
            }
        }
    }
}
