package org.peerpartners.companion.demo;

import java.time.Instant;

import org.peerpartners.companion.participant.InviteCodes;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issues invite codes for the demo people with core's {@link InviteCodes}. */
final class InviteCodeGenerator {

    private final InviteCodes codes = new InviteCodes();

    /** Stores a fresh code for one participant or one staff member (exactly one is non-null). */
    String issue(JdbcClient jdbc, Long participantId, Long staffUserId, Instant createdAt) {
        String code = codes.generate(candidate -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM invite_code WHERE code = ?)")
                .param(candidate).query(Boolean.class).single());
        jdbc.sql("INSERT INTO invite_code (code, participant_id, staff_user_id, created_at) VALUES (?, ?, ?, ?)")
                .params(code, participantId, staffUserId, Sql.at(createdAt)).update();
        return code;
    }
}
