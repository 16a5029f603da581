package org.peerpartners.companion.bot.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.peerpartners.companion.bot.MessagingProperties;
import org.peerpartners.companion.bot.channel.ChannelAdapter;
import org.peerpartners.companion.bot.channel.DeliveryReportParser;
import org.peerpartners.companion.bot.channel.InboundRequest;
import org.peerpartners.companion.bot.channel.InboundResult;
import org.peerpartners.companion.bot.channel.InboundSink;
import org.peerpartners.companion.bot.dispatch.DeliveryReports;
import org.peerpartners.companion.messaging.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Provider webhooks. The body is read as raw bytes (the adapters authenticate over exactly
 * what was sent, and provider types never meet Spring's Jackson 3), handed to the channel's
 * adapter, and acknowledged only after the accepted messages are committed. A channel with
 * no adapter bean (not configured) answers 404.
 */
@RestController
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    /** Twilio reads our answer as TwiML; an empty Response sends nothing back. */
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final Map<Channel, ChannelAdapter> adapters = new EnumMap<>(Channel.class);
    private final Map<Channel, DeliveryReportParser> reportParsers = new EnumMap<>(Channel.class);
    private final InboundSink sink;
    private final DeliveryReports reports;
    private final IntakeGate gate;
    private final int maxBodyBytes;

    WebhookController(List<ChannelAdapter> adapters, List<DeliveryReportParser> reportParsers, InboundSink sink,
            DeliveryReports reports, IntakeGate gate, MessagingProperties properties) {
        for (ChannelAdapter adapter : adapters) {
            if (this.adapters.put(adapter.channel(), adapter) != null) {
                throw new IllegalStateException("Two channel adapters for " + adapter.channel());
            }
        }
        for (DeliveryReportParser parser : reportParsers) {
            if (this.reportParsers.put(parser.channel(), parser) != null) {
                throw new IllegalStateException("Two delivery report parsers for " + parser.channel());
            }
        }
        this.sink = sink;
        this.reports = reports;
        this.gate = gate;
        this.maxBodyBytes = properties.webhook().maxBodyBytes();
    }

    @PostMapping("/webhooks/telegram")
    ResponseEntity<String> telegram(HttpServletRequest request) throws IOException {
        return receive(Channel.TELEGRAM, request, ResponseEntity.ok().build());
    }

    @PostMapping("/webhooks/twilio/sms")
    ResponseEntity<String> twilioSms(HttpServletRequest request) throws IOException {
        return receive(Channel.SMS, request, ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML));
    }

    @PostMapping("/webhooks/twilio/status")
    ResponseEntity<String> twilioStatus(HttpServletRequest request) throws IOException {
        DeliveryReportParser parser = reportParsers.get(Channel.SMS);
        if (parser == null) {
            return reason(HttpStatus.NOT_FOUND, "The SMS channel is not configured.");
        }
        byte[] body = readBody(request);
        if (body == null) {
            return tooLarge();
        }
        DeliveryReportParser.Result result = parser.parseReport(new InboundRequest(headers(request), body));
        if (result instanceof DeliveryReportParser.Reported reported) {
            reports.apply(reported.report());
            return ResponseEntity.ok().build();
        }
        if (result instanceof DeliveryReportParser.Rejected rejected) {
            return rejected(Channel.SMS, rejected.reason(), rejected.detail());
        }
        return ResponseEntity.ok().build();
    }

    private ResponseEntity<String> receive(Channel channel, HttpServletRequest request, ResponseEntity<String> ack)
            throws IOException {
        IntakeGate.Turn turn = gate.enter();
        try {
            return accept(channel, request, ack);
        } finally {
            turn.end();
        }
    }

    private ResponseEntity<String> accept(Channel channel, HttpServletRequest request, ResponseEntity<String> ack)
            throws IOException {
        ChannelAdapter adapter = adapters.get(channel);
        if (adapter == null) {
            return reason(HttpStatus.NOT_FOUND, "The " + channel + " channel is not configured.");
        }
        byte[] body = readBody(request);
        if (body == null) {
            return tooLarge();
        }
        InboundResult result = adapter.receive(new InboundRequest(headers(request), body));
        if (result instanceof InboundResult.Accepted accepted) {
            int stored = sink.store(accepted.messages());
            log.debug("{} webhook: {} messages, {} new", channel, accepted.messages().size(), stored);
            return ack;
        }
        if (result instanceof InboundResult.Rejected rejected) {
            return rejected(channel, rejected.reason(), rejected.detail());
        }
        return ack;
    }

    private static ResponseEntity<String> rejected(Channel channel, InboundResult.Reason reason, String detail) {
        if (reason == InboundResult.Reason.UNAUTHENTIC) {
            // the detail stays in our log: it may help an attacker tune a forgery
            log.warn("{} webhook rejected as unauthentic: {}", channel, detail);
            return reason(HttpStatus.FORBIDDEN, "The request could not be authenticated.");
        }
        log.warn("{} webhook rejected as malformed: {}", channel, detail);
        return reason(HttpStatus.BAD_REQUEST, "The request could not be read: " + detail);
    }

    private ResponseEntity<String> tooLarge() {
        return reason(HttpStatus.CONTENT_TOO_LARGE, "The body is larger than " + maxBodyBytes + " bytes.");
    }

    private static ResponseEntity<String> reason(HttpStatus status, String reason) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(reason);
    }

    /** The body, or null when it is over the limit (checked without reading more than the limit + 1). */
    private byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            return null;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBodyBytes + 1);
        }
        if (body.length > maxBodyBytes) {
            return null;
        }
        if (body.length == 0 && !request.getParameterMap().isEmpty()) {
            // A filter that read the form parameters has consumed the stream; rebuild the
            // form body from them (Twilio's signature is over the parameters, not the bytes).
            body = formBody(request.getParameterMap()).getBytes(StandardCharsets.UTF_8);
        }
        return body;
    }

    private static String formBody(Map<String, String[]> parameters) {
        StringJoiner form = new StringJoiner("&");
        parameters.forEach((name, values) -> {
            for (String value : values) {
                form.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return form.toString();
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.putIfAbsent(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        return headers;
    }
}
