package org.peerpartners.companion.bot.channel.twilio;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.peerpartners.companion.bot.channel.ChannelAdapter;
import org.peerpartners.companion.bot.channel.DeliveryReport;
import org.peerpartners.companion.bot.channel.DeliveryReportParser;
import org.peerpartners.companion.bot.channel.InboundRequest;
import org.peerpartners.companion.bot.channel.InboundResult;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.peerpartners.companion.bot.channel.OutgoingMessage;
import org.peerpartners.companion.bot.channel.SendResult;
import org.peerpartners.companion.bot.channel.SendResult.SendFailure;
import org.peerpartners.companion.messaging.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import org.peerpartners.companion.messaging.SmsSegments;
import org.peerpartners.companion.messaging.AddressMask;

/**
 * Twilio Programmable Messaging as a {@link ChannelAdapter} and {@link DeliveryReportParser}.
 * <p>
 * Every webhook (inbound SMS and status callbacks) is checked with Twilio's
 * {@link RequestValidator} over the public URL Twilio called, taken from configuration
 * (behind a proxy the request's own Host header is not what Twilio signed), before any
 * field is used. MMS media stay at Twilio: we keep their URLs, never download them.
 */
public final class TwilioChannel implements ChannelAdapter, DeliveryReportParser {

    static final String SIGNATURE_HEADER = "X-Twilio-Signature";
    static final String SMS_PATH = "/webhooks/twilio/sms";
    static final String STATUS_PATH = "/webhooks/twilio/status";

    /** Twilio error codes, see https://www.twilio.com/docs/api/errors */
    private static final int UNSUBSCRIBED_RECIPIENT = 21610;
    private static final int INVALID_TO_NUMBER = 21211;
    private static final int AUTHENTICATE = 20003;
    private static final int TOO_MANY_REQUESTS = 20429;

    private static final Logger log = LoggerFactory.getLogger(TwilioChannel.class);

    private final RequestValidator validator;
    private final String smsUrl;
    private final String statusUrl;
    private final TwilioRestClient client;
    private final String from;
    private final Clock clock;
    private final AtomicBoolean unauthorizedReported = new AtomicBoolean();

    TwilioChannel(String authToken, URI publicBaseUrl, TwilioRestClient client, String from, Clock clock) {
        this.validator = new RequestValidator(authToken);
        String base = publicBaseUrl.toString().replaceAll("/+$", "");
        this.smsUrl = base + SMS_PATH;
        this.statusUrl = base + STATUS_PATH;
        this.client = client;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public InboundResult receive(InboundRequest request) {
        Signed signed = verify(request, smsUrl);
        if (signed.rejection() != null) {
            return new InboundResult.Rejected(signed.rejection().reason(), signed.rejection().detail());
        }
        Map<String, String> params = signed.params();
        String sid = params.get("MessageSid");
        String sender = params.get("From");
        if (blank(sid) || blank(sender)) {
            return new InboundResult.Rejected(InboundResult.Reason.MALFORMED, "MessageSid or From missing");
        }
        List<String> media = new ArrayList<>();
        int count = parseCount(params.get("NumMedia"));
        for (int i = 0; i < count; i++) {
            String url = params.get("MediaUrl" + i);
            if (!blank(url)) {
                media.add(url);
            }
        }
        return new InboundResult.Accepted(List.of(new IncomingMessage(Channel.SMS, sid, sender,
                params.getOrDefault("Body", ""), media, null, clock.instant())));
    }

    /** A status callback, see https://www.twilio.com/docs/messaging/guides/track-outbound-message-status */
    @Override
    public DeliveryReportParser.Result parseReport(InboundRequest request) {
        Signed signed = verify(request, statusUrl);
        if (signed.rejection() != null) {
            return signed.rejection();
        }
        Map<String, String> params = signed.params();
        String sid = params.get("MessageSid");
        String status = params.get("MessageStatus");
        if (blank(sid) || blank(status)) {
            return new DeliveryReportParser.Rejected(InboundResult.Reason.MALFORMED, "MessageSid or MessageStatus missing");
        }
        String errorCode = blank(params.get("ErrorCode")) ? null : params.get("ErrorCode");
        DeliveryReport.Status reported = switch (status) {
            case "sent" -> DeliveryReport.Status.SENT;
            case "delivered" -> DeliveryReport.Status.DELIVERED;
            case "failed", "undelivered" -> String.valueOf(UNSUBSCRIBED_RECIPIENT).equals(errorCode)
                    ? DeliveryReport.Status.RECIPIENT_STOPPED
                    : DeliveryReport.Status.FAILED;
            default -> null;
        };
        if (reported == null) {
            return new DeliveryReportParser.Ignored("intermediate status " + status);
        }
        return new DeliveryReportParser.Reported(new DeliveryReport(Channel.SMS, sid, reported, errorCode));
    }

    private record Signed(Map<String, String> params, DeliveryReportParser.Rejected rejection) {
    }

    private Signed verify(InboundRequest request, String url) {
        Optional<String> signature = request.header(SIGNATURE_HEADER);
        if (signature.isEmpty() || signature.get().isBlank()) {
            return rejected(InboundResult.Reason.UNAUTHENTIC, "missing signature");
        }
        Map<String, String> params;
        try {
            params = FormBody.parse(request.body());
        } catch (IllegalArgumentException e) {
            // no readable parameters, so no signature can match them
            return rejected(InboundResult.Reason.UNAUTHENTIC, "signature cannot be checked over an unreadable body");
        }
        // RequestValidator compares in constant time
        if (!validator.validate(url, params, signature.get())) {
            return rejected(InboundResult.Reason.UNAUTHENTIC, "wrong signature");
        }
        return new Signed(params, null);
    }

    private static Signed rejected(InboundResult.Reason reason, String detail) {
        return new Signed(Map.of(), new DeliveryReportParser.Rejected(reason, detail));
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        PhoneNumber to = new PhoneNumber(message.address());
        MessageCreator creator = from.startsWith("MG")
                ? Message.creator(to, from, message.text())
                : Message.creator(to, new PhoneNumber(from), message.text());
        try {
            Message sent = creator.setStatusCallback(URI.create(statusUrl)).create(client);
            return new SendResult.Sent(sent.getSid(), segments(sent.getNumSegments(), message.text()));
        } catch (ApiConnectionException e) {
            return noAnswer(message);
        } catch (ApiException e) {
            return new SendResult.Failed(failure(e, message));
        } catch (TwilioException e) {
            log.warn("Twilio send of outbound {} to {} failed: {}", message.outboundId(),
                    AddressMask.mask(message.address()), e.getClass().getSimpleName());
            return new SendResult.Failed(SendFailure.retryable("Twilio error " + e.getClass().getSimpleName(), null));
        }
    }

    private SendFailure failure(ApiException e, OutgoingMessage message) {
        Integer status = e.getStatusCode();
        Integer code = e.getCode();
        if (status == null && e.getCause() instanceof IOException) {
            // the SDK wraps timeouts and reset connections this way: there was no answer
            return noAnswer(message).failure();
        }
        // Twilio's message text may quote the phone number: keep only the numbers
        String reason = "HTTP " + status + ", Twilio error " + code;
        if (code != null && code == UNSUBSCRIBED_RECIPIENT) {
            return SendFailure.recipientStopped(reason);
        }
        if (code != null && code == TOO_MANY_REQUESTS || status != null && status == 429) {
            return SendFailure.retryable(reason, null);
        }
        if (status != null && status >= 500) {
            return SendFailure.retryable(reason, null);
        }
        if (code != null && code == AUTHENTICATE || status != null && status == 401) {
            if (unauthorizedReported.compareAndSet(false, true)) {
                log.error("Twilio refuses our credentials (20003). Nothing can be sent by SMS until "
                        + "COMPANION_TWILIO_ACCOUNT_SID and COMPANION_TWILIO_AUTH_TOKEN are fixed.");
            }
            return SendFailure.terminal("20003 credentials refused");
        }
        if (code != null && code == INVALID_TO_NUMBER) {
            log.info("Twilio: outbound {} has an invalid number {}", message.outboundId(),
                    AddressMask.mask(message.address()));
            return SendFailure.terminal("21211 invalid 'To' number");
        }
        log.info("Twilio refused outbound {} to {}: {} {}", message.outboundId(), AddressMask.mask(message.address()),
                status, code);
        return SendFailure.terminal(reason);
    }

    private static SendResult.Failed noAnswer(OutgoingMessage message) {
        log.info("Twilio send of outbound {} to {} got no answer", message.outboundId(),
                AddressMask.mask(message.address()));
        return new SendResult.Failed(SendFailure.retryable("no answer from Twilio", null));
    }

    private static int segments(String reported, String text) {
        if (!blank(reported)) {
            try {
                int segments = Integer.parseInt(reported.trim());
                if (segments > 0) {
                    return segments;
                }
            } catch (NumberFormatException e) {
                // fall through to counting ourselves
            }
        }
        return SmsSegments.segments(text);
    }

    private static int parseCount(String value) {
        try {
            return blank(value) ? 0 : Math.max(0, Math.min(10, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
