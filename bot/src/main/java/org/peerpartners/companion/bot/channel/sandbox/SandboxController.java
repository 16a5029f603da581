package org.peerpartners.companion.bot.channel.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerpartners.companion.bot.channel.InboundRequest;
import org.peerpartners.companion.bot.channel.InboundResult;
import org.peerpartners.companion.bot.channel.InboundSink;
import org.peerpartners.companion.participant.ParticipantAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox chat's API (behind the admin web's login). A message sent "as" a participant
 * uses the sandbox address {@code participant-{id}}, linked to that participant the first
 * time, so trying the bot as Ana means talking to the bot as Ana.
 */
@RestController
class SandboxController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PARTICIPANT_ADDRESS = Pattern.compile("participant-(\\d{1,18})");

    private final SandboxChannel channel;
    private final InboundSink sink;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ParticipantAccess access;

    SandboxController(SandboxChannel channel, InboundSink sink, JdbcClient jdbc, Clock clock,
            ParticipantAccess access) {
        this.channel = channel;
        this.sink = sink;
        this.jdbc = jdbc;
        this.clock = clock;
        this.access = access;
    }

    /** @param participantId send as this participant, or null to use {@code address} (an unknown sender) */
    record SandboxMessage(Long participantId, String address, String text) {
    }

    record Sent(String address, boolean stored) {
    }

    record Line(String direction, String text, Instant at, String status) {
    }

    /** Not one transaction: the sandbox link must be committed before the worker can see the message. */
    @PostMapping("/api/sandbox/messages")
    ResponseEntity<?> send(@RequestBody SandboxMessage message, Principal staff) {
        if (message.text() == null || message.text().isBlank() || message.text().length() > 1600) {
            return ResponseEntity.badRequest().body(Map.of("reason", "text must have 1 to 1600 characters"));
        }
        String address;
        if (message.participantId() != null) {
            // Talking as a participant shows their plan, budget and goals: only their coach
            // and that coach's supervisor may; for anyone else the participant is not there.
            if (!participantExists(message.participantId()) || !maySee(staff, message.participantId())) {
                return ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("reason", "no participant " + message.participantId()));
            }
            address = "participant-" + message.participantId();
            linkSandboxAddress(address, message.participantId());
        } else if (message.address() != null && message.address().matches("[A-Za-z0-9_-]{1,40}")) {
            address = message.address();
        } else {
            return ResponseEntity.badRequest()
                    .body(Map.of("reason", "give a participantId or an address of up to 40 letters, digits, - or _"));
        }
        byte[] body = JSON.writeValueAsString(Map.of("address", address, "text", message.text()))
                .getBytes(StandardCharsets.UTF_8);
        InboundResult result = channel.receive(new InboundRequest(Map.of(), body));
        if (!(result instanceof InboundResult.Accepted accepted)) {
            return ResponseEntity.badRequest().body(Map.of("reason", String.valueOf(result)));
        }
        int stored = sink.store(accepted.messages());
        return ResponseEntity.accepted().body(new Sent(address, stored == 1));
    }

    @GetMapping("/api/sandbox/conversations/{address}")
    ResponseEntity<List<Line>> conversation(@PathVariable String address, Principal staff) {
        Matcher participant = PARTICIPANT_ADDRESS.matcher(address);
        if (participant.matches() && !maySee(staff, Long.parseLong(participant.group(1)))) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(jdbc.sql("""
                SELECT 'IN' AS direction, body, received_at AS at, status FROM inbound_message
                WHERE channel = 'SANDBOX' AND sender_address = :address
                UNION ALL
                SELECT 'OUT', body, sent_at, status FROM outbound_message
                WHERE channel = 'SANDBOX' AND address = :address AND status IN ('SENT', 'DELIVERED')
                ORDER BY at, direction
                """)
                .param("address", address)
                .query((rs, n) -> new Line(rs.getString("direction"), rs.getString("body"),
                        rs.getTimestamp("at").toInstant(), rs.getString("status")))
                .list());
    }

    private boolean maySee(Principal staff, long participantId) {
        return staff != null && access.maySee(staff.getName(), participantId);
    }

    private boolean participantExists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM participant WHERE id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    private void linkSandboxAddress(String address, long participantId) {
        jdbc.sql("""
                INSERT INTO channel_identity (channel, address, participant_id, linked_at)
                VALUES ('SANDBOX', :address, :participant, :now)
                ON CONFLICT (channel, address) DO NOTHING
                """)
                .param("address", address).param("participant", participantId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
