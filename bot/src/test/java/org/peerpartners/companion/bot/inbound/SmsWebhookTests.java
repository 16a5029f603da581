package org.peerpartners.companion.bot.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.bot.channel.ChannelAdapter;
import org.peerpartners.companion.bot.channel.DeliveryReport;
import org.peerpartners.companion.bot.channel.DeliveryReportParser;
import org.peerpartners.companion.bot.channel.InboundRequest;
import org.peerpartners.companion.bot.channel.InboundResult;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.peerpartners.companion.bot.channel.OutgoingMessage;
import org.peerpartners.companion.bot.channel.SendResult;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The SMS webhooks with a stand-in SMS adapter (the real Twilio one has its own contract tests). */
@AutoConfigureMockMvc
@Import(SmsWebhookTests.TestSmsChannel.class)
class SmsWebhookTests extends PipelineTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    Outbox outbox;

    @Test
    void answersAStoredSmsWithEmptyTwiml() throws Exception {
        mvc.perform(sms("MessageSid=SM1&From=%2B15550000001&Body=hello", "valid"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
                .andExpect(content().xml("<Response/>"));

        assertThat(jdbc.sql("SELECT provider_id || ' ' || sender_address || ' ' || body FROM inbound_message")
                .query(String.class).list()).containsExactly("SM1 +15550000001 hello");
    }

    @Test
    void rejectsAnUnsignedSmsAndAnUnsignedStatusCallback() throws Exception {
        mvc.perform(sms("MessageSid=SM1&From=%2B15550000001&Body=hello", "forged")).andExpect(status().isForbidden());
        mvc.perform(post("/webhooks/twilio/status").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("MessageSid=SM1&MessageStatus=delivered"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("SELECT count(*) FROM inbound_message").query(Integer.class).single()).isZero();
    }

    @Test
    void carrierStopInAStatusCallbackOptsTheNumberOut() throws Exception {
        long ana = participant("Ana", "en", Channel.SMS, "+15550000001");
        long id = outbox.enqueue(OutboxEntry.text(Channel.SMS, "+15550000001", "REPLY", "hi", Priority.REPLY, "r:1"))
                .orElseThrow();
        jdbc.sql("UPDATE outbound_message SET status = 'SENT', provider_id = 'SM77' WHERE id = :id").param("id", id)
                .update();

        mvc.perform(post("/webhooks/twilio/status").header("X-Test-Signature", "valid")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("MessageSid=SM77&MessageStatus=undelivered&ErrorCode=21610"))
                .andExpect(status().isOk());

        assertThat(rowStatus("outbound_message", id)).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT source || ' ' || participant_id || ' ' || evidence FROM consent_event")
                .query(String.class).single()).isEqualTo("PROVIDER " + ana + " provider:SM77:21610");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder sms(String form,
            String signature) {
        return post("/webhooks/twilio/sms").header("X-Test-Signature", signature)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form);
    }

    /** Form bodies, a fixed signature header, and Twilio's 21610 mapped to "recipient stopped". */
    static class TestSmsChannel implements ChannelAdapter, DeliveryReportParser {

        private final Clock clock;

        TestSmsChannel(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Channel channel() {
            return Channel.SMS;
        }

        @Override
        public InboundResult receive(InboundRequest request) {
            if (!request.header("X-Test-Signature").orElse("").equals("valid")) {
                return new InboundResult.Rejected(InboundResult.Reason.UNAUTHENTIC, "bad signature");
            }
            Map<String, String> form = form(request);
            return new InboundResult.Accepted(List.of(new IncomingMessage(Channel.SMS, form.get("MessageSid"),
                    form.get("From"), form.get("Body"), List.of(), null, clock.instant())));
        }

        @Override
        public Result parseReport(InboundRequest request) {
            if (!request.header("X-Test-Signature").orElse("").equals("valid")) {
                return new Rejected(InboundResult.Reason.UNAUTHENTIC, "bad signature");
            }
            Map<String, String> form = form(request);
            DeliveryReport.Status status = "21610".equals(form.get("ErrorCode"))
                    ? DeliveryReport.Status.RECIPIENT_STOPPED
                    : DeliveryReport.Status.DELIVERED;
            return new Reported(new DeliveryReport(Channel.SMS, form.get("MessageSid"), status, form.get("ErrorCode")));
        }

        @Override
        public SendResult send(OutgoingMessage message) {
            return new SendResult.Sent("SM-out-" + message.outboundId(), 1);
        }

        private static Map<String, String> form(InboundRequest request) {
            Map<String, String> form = new HashMap<>();
            for (String pair : new String(request.body(), StandardCharsets.UTF_8).split("&")) {
                String[] parts = pair.split("=", 2);
                form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
            return form;
        }
    }
}
