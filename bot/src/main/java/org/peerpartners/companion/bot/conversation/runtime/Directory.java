package org.peerpartners.companion.bot.conversation.runtime;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.peerpartners.companion.bot.conversation.Language;
import org.peerpartners.companion.bot.inbound.Sender;
import org.peerpartners.companion.messaging.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who people are and where they can be reached: names, languages, zones, linked addresses. */
@Component
class Directory {

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sender as a participant, a staff member, or a stranger answered in {@code strangerLanguage}. */
    Speaker speaker(Sender sender, Language strangerLanguage) {
        if (sender.participantId() != null) {
            return jdbc.sql("SELECT first_name, language, time_zone, group_id FROM participant WHERE id = :id")
                    .param("id", sender.participantId())
                    .query((rs, n) -> new Speaker(sender.participantId(), null, rs.getString("first_name"),
                            language(rs.getString("language")), ZoneId.of(rs.getString("time_zone")),
                            rs.getLong("group_id")))
                    .single();
        }
        if (sender.staffUserId() != null) {
            return jdbc.sql("SELECT display_name, language, time_zone FROM staff_user WHERE id = :id")
                    .param("id", sender.staffUserId())
                    .query((rs, n) -> new Speaker(null, sender.staffUserId(), rs.getString("display_name"),
                            language(rs.getString("language")), ZoneId.of(rs.getString("time_zone")), null))
                    .single();
        }
        return Speaker.stranger(strangerLanguage);
    }

    /** A participant's stored language. */
    Language participantLanguage(long participantId) {
        return language(jdbc.sql("SELECT language FROM participant WHERE id = :id").param("id", participantId)
                .query(String.class).single());
    }

    /** A staff member's stored language. */
    Language staffLanguage(long staffUserId) {
        return language(jdbc.sql("SELECT language FROM staff_user WHERE id = :id").param("id", staffUserId)
                .query(String.class).single());
    }

    /** The participant's chats and numbers that may get messages: linked and not opted out, by id. */
    List<Address> participantAddresses(long participantId) {
        return addresses("participant_id", participantId);
    }

    List<Address> staffAddresses(long staffUserId) {
        return addresses("staff_user_id", staffUserId);
    }

    /** The coach of the participant's group and that coach's supervisor, if any (staff ids). */
    List<Long> coachAndSupervisor(long participantId) {
        return jdbc.sql("""
                SELECT c.id, c.supervisor_id FROM participant p
                JOIN peer_group g ON g.id = p.group_id
                JOIN staff_user c ON c.id = g.coach_id
                WHERE p.id = :id
                """)
                .param("id", participantId)
                .query((rs, n) -> {
                    Long supervisor = rs.getObject("supervisor_id", Long.class);
                    return supervisor == null ? List.of(rs.getLong("id")) : List.of(rs.getLong("id"), supervisor);
                })
                .optional().orElse(List.of());
    }

    /** How to reach the coach of the participant's group, for HELP: their name, and their phone when set. */
    Optional<String> coachContact(long participantId) {
        return jdbc.sql("""
                SELECT concat_ws(', ', c.display_name, c.contact_phone) FROM participant p
                JOIN peer_group g ON g.id = p.group_id JOIN staff_user c ON c.id = g.coach_id
                WHERE p.id = :id
                """).param("id", participantId).query(String.class).optional();
    }

    private List<Address> addresses(String column, long id) {
        return jdbc.sql("SELECT channel, address FROM channel_identity WHERE " + column + " = :id"
                + " AND unlinked_at IS NULL AND opted_out_at IS NULL ORDER BY id")
                .param("id", id)
                .query((rs, n) -> new Address(Channel.valueOf(rs.getString("channel")), rs.getString("address")))
                .list();
    }

    static Language language(String code) {
        return code == null ? Language.EN : Language.fromCode(code).orElse(Language.EN);
    }

    /** A chat or phone number; never logged unmasked. */
    record Address(Channel channel, String address) {
    }
}
