package org.peerpartners.companion.web.parked;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.peerpartners.companion.messaging.AddressMask;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.peerpartners.companion.web.security.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Parked inbound messages (failed too often; the bot stopped retrying them) for an
 * administrator, with a replay button once the cause is fixed. The replay itself is the
 * bot's audited {@code POST /api/admin/parked-messages/{id}/replay}, called by
 * {@code static/js/parked.js}. Bodies are never shown (they may be private): only their
 * length; senders are masked.
 */
@Controller
class ParkedPageController {

    /** Errors can be long stack-trace lines; the start says what went wrong. */
    static final int ERROR_SHOWN = 200;

    record ParkedLine(long id, String channel, String sender, ZonedDateTime receivedAt, int attempts, int length,
            String lastError) {
    }

    private final JdbcClient jdbc;

    ParkedPageController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/admin/parked")
    String list(@AuthenticationPrincipal StaffPrincipal viewer, Model model) {
        if (viewer == null || viewer.role() != StaffRole.ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("messages", parked(viewer));
        return "parked/list";
    }

    private List<ParkedLine> parked(StaffPrincipal viewer) {
        return jdbc.sql("""
                SELECT id, channel, sender_address, received_at, attempts, coalesce(length(body), 0) AS length, last_error
                FROM inbound_message WHERE status = 'PARKED' ORDER BY id""")
                .query((row, n) -> {
                    String error = row.getString("last_error");
                    return new ParkedLine(row.getLong("id"), row.getString("channel"),
                            AddressMask.mask(row.getString("sender_address")),
                            row.getObject("received_at", OffsetDateTime.class).atZoneSameInstant(viewer.timeZone()),
                            row.getInt("attempts"), row.getInt("length"),
                            error == null || error.length() <= ERROR_SHOWN ? error : error.substring(0, ERROR_SHOWN) + "…");
                })
                .list();
    }
}
