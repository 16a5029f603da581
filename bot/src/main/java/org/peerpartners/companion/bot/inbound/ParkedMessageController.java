package org.peerpartners.companion.bot.inbound;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.messaging.AddressMask;
import org.peerpartners.companion.messaging.Channel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where an administrator sees inbound messages that failed too often and puts them back in
 * line once the cause is fixed. Only administrators reach {@code /api/admin/**} (the admin
 * web's security rules); bodies are never shown, senders are masked, and every replay is
 * audited.
 */
@RestController
class ParkedMessageController {

    private final InboundLog log;
    private final AuditLog audit;

    ParkedMessageController(InboundLog log, AuditLog audit) {
        this.log = log;
        this.audit = audit;
    }

    record Parked(long id, Channel channel, String sender, Instant receivedAt, int attempts, String lastError) {
    }

    @GetMapping("/api/admin/parked-messages")
    List<Parked> parked() {
        return log.parked().stream()
                .map(m -> new Parked(m.id(), m.channel(), AddressMask.mask(m.senderAddress()), m.receivedAt(),
                        m.attempts(), m.lastError()))
                .toList();
    }

    @PostMapping("/api/admin/parked-messages/{id}/replay")
    ResponseEntity<Map<String, Object>> replay(@PathVariable long id, Principal principal) {
        if (!log.replay(id)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("reason", "no parked message " + id));
        }
        audit.record(null, principal == null ? "unknown" : principal.getName(), "REPLAY", "inbound_message", id,
                "parked message put back in line");
        return ResponseEntity.accepted().body(Map.of("id", id, "status", "RECEIVED"));
    }
}
