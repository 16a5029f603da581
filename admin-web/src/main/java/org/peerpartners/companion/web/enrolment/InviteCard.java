package org.peerpartners.companion.web.enrolment;

import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the printable invite card shows for one participant. */
@Component
class InviteCard {

    private final JdbcClient jdbc;
    private final JoinChannels channels;

    InviteCard(JdbcClient jdbc, JoinChannels channels) {
        this.jdbc = jdbc;
        this.channels = channels;
    }

    /**
     * @param code the participant's current invite code (the newest not revoked), or null
     * @param joined true when the code has been used: the card is only a reminder then
     * @param smsNumber where to text the code, or null when SMS is off
     * @param telegramLink the bot's deep link with the code, or null when the bot is unknown
     */
    record Card(long participantId, String firstName, Locale language, long groupId, String groupName, String code,
            boolean joined, String smsNumber, String telegramLink) {

        /** What the QR code holds: the Telegram link, else a ready-to-send text, else the code. */
        String qrContent() {
            if (telegramLink != null) {
                return telegramLink;
            }
            if (smsNumber != null) {
                return "SMSTO:" + smsNumber + ":" + (language.getLanguage().equals("es") ? "UNIRME " : "JOIN ") + code;
            }
            return code;
        }
    }

    Optional<Card> of(long participantId) {
        return jdbc.sql("""
                SELECT p.id, p.first_name, p.language, g.id AS group_id, g.name, c.code, c.redeemed_at
                FROM participant p JOIN peer_group g ON g.id = p.group_id
                LEFT JOIN LATERAL (
                    SELECT code, redeemed_at FROM invite_code
                    WHERE participant_id = p.id AND revoked_at IS NULL
                    ORDER BY created_at DESC, id DESC LIMIT 1) c ON true
                WHERE p.id = :id""")
                .param("id", participantId)
                .query((row, n) -> {
                    String code = row.getString("code");
                    return new Card(row.getLong("id"), row.getString("first_name"),
                            Locale.forLanguageTag(row.getString("language")), row.getLong("group_id"),
                            row.getString("name"), code, row.getObject("redeemed_at") != null,
                            channels.smsNumber().orElse(null),
                            code == null ? null : channels.telegramLink(code).orElse(null));
                })
                .optional();
    }
}
