package org.peerpartners.companion.bot.conversation.runtime;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.peerpartners.companion.bot.conversation.Context.InviteLookup;
import org.peerpartners.companion.bot.conversation.Context.Role;
import org.peerpartners.companion.consent.ConsentLedger;
import org.peerpartners.companion.consent.ConsentSource;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.participant.InviteCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invite codes as the bot uses them: looking one up for a JOIN (with the guessing
 * throttle) and linking the chat or number when it is valid.
 *
 * <p>The throttle counts the "wrong code" replies this address got in the last hour: the
 * outbox is the record, so every instance agrees and no table is needed. While throttled
 * even a right code is refused, otherwise the throttle would not slow guessing down.
 */
@Component
class Invites {

    static final int MAX_WRONG_CODES = 5;
    static final Duration THROTTLE_WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final ConsentLedger consent;

    Invites(JdbcClient jdbc, ConsentLedger consent) {
        this.jdbc = jdbc;
        this.consent = consent;
    }

    /** What a JOIN with {@code typed} finds, and the program the code belongs to. */
    Found lookup(Channel channel, String address, String typed, Instant now) {
        long wrong = jdbc.sql("""
                SELECT count(*) FROM outbound_message
                WHERE channel = :channel AND address = :address AND kind = :kind AND created_at > :since
                """)
                .param("channel", channel.name()).param("address", address).param("kind", Replies.WRONG_CODE_KIND)
                .param("since", Timestamp.from(now.minus(THROTTLE_WINDOW)))
                .query(Long.class).single();
        if (wrong >= MAX_WRONG_CODES) {
            return new Found(new InviteLookup.Throttled(), Optional.empty());
        }
        Optional<String> code = InviteCodes.normalize(typed);
        if (code.isEmpty()) {
            return new Found(new InviteLookup.NotFound(), Optional.empty());
        }
        return jdbc.sql("""
                SELECT i.redeemed_at, i.participant_id, coalesce(p.first_name, s.display_name) AS name,
                    coalesce(p.language, s.language) AS language, pr.name AS program
                FROM invite_code i
                LEFT JOIN participant p ON p.id = i.participant_id
                LEFT JOIN peer_group g ON g.id = p.group_id
                LEFT JOIN staff_user s ON s.id = i.staff_user_id
                JOIN program pr ON pr.id = coalesce(g.program_id, s.program_id)
                WHERE i.code = :code AND i.revoked_at IS NULL
                """)
                .param("code", code.get())
                .query((rs, n) -> rs.getTimestamp("redeemed_at") != null
                        ? new Found(new InviteLookup.LinkedElsewhere(), Optional.empty())
                        : new Found(new InviteLookup.Valid(
                                rs.getObject("participant_id") != null ? Role.PARTICIPANT : Role.COACH,
                                rs.getString("name"), Directory.language(rs.getString("language"))),
                                Optional.of(rs.getString("program"))))
                .optional()
                .orElse(new Found(new InviteLookup.NotFound(), Optional.empty()));
    }

    /**
     * Links the address to the code's person (taking over an unlinked identity row of the
     * same address), marks the code redeemed, marks an invited participant active, and
     * records the opt-in with the inbound message as evidence.
     */
    void link(Channel channel, String address, String typed, long inboundId, Instant now) {
        String code = InviteCodes.normalize(typed).orElseThrow(() -> new IllegalStateException("Not a code"));
        record Owner(Long participantId, Long staffUserId) {
        }
        Owner owner = jdbc.sql("""
                UPDATE invite_code SET redeemed_at = :now
                WHERE code = :code AND revoked_at IS NULL AND redeemed_at IS NULL
                RETURNING participant_id, staff_user_id
                """)
                .param("now", Timestamp.from(now)).param("code", code)
                .query((rs, n) -> new Owner(rs.getObject("participant_id", Long.class),
                        rs.getObject("staff_user_id", Long.class)))
                .optional().orElseThrow(() -> new IllegalStateException("Invite code no longer free"));
        jdbc.sql("""
                INSERT INTO channel_identity (channel, address, participant_id, staff_user_id, linked_at)
                VALUES (:channel, :address, :participant, :staff, :now)
                ON CONFLICT (channel, address) DO UPDATE SET participant_id = excluded.participant_id,
                    staff_user_id = excluded.staff_user_id, linked_at = excluded.linked_at, unlinked_at = NULL
                """)
                .param("channel", channel.name()).param("address", address)
                .param("participant", owner.participantId()).param("staff", owner.staffUserId())
                .param("now", Timestamp.from(now)).update();
        if (owner.participantId() != null) {
            jdbc.sql("UPDATE participant SET status = 'ACTIVE' WHERE id = :id AND status = 'INVITED'")
                    .param("id", owner.participantId()).update();
        }
        consent.optIn(channel, address, ConsentSource.JOIN, "inbound:" + inboundId);
    }

    /** A lookup's result and, for a valid code, the name of the program it joins. */
    record Found(InviteLookup lookup, Optional<String> programName) {
    }
}
