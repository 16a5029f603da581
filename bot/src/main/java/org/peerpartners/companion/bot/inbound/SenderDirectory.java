package org.peerpartners.companion.bot.inbound;

import java.util.Locale;

import org.peerpartners.companion.bot.BotTexts;
import org.peerpartners.companion.messaging.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds who is behind a channel address: the linked participant or staff user, if any. */
@Component
class SenderDirectory {

    private final JdbcClient jdbc;

    SenderDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Sender find(Channel channel, String address, Locale unknownLocale) {
        return jdbc.sql("""
                SELECT i.id, i.participant_id, i.staff_user_id, coalesce(p.language, s.language) AS language
                FROM channel_identity i
                LEFT JOIN participant p ON p.id = i.participant_id
                LEFT JOIN staff_user s ON s.id = i.staff_user_id
                WHERE i.channel = :channel AND i.address = :address AND i.unlinked_at IS NULL
                """)
                .param("channel", channel.name())
                .param("address", address)
                .query((rs, n) -> new Sender(channel, address, rs.getLong("id"),
                        rs.getObject("participant_id", Long.class), rs.getObject("staff_user_id", Long.class),
                        BotTexts.locale(rs.getString("language"))))
                .optional()
                .orElseGet(() -> new Sender(channel, address, null, null, null, unknownLocale));
    }
}
