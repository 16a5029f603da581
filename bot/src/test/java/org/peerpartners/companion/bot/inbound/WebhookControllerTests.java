package org.peerpartners.companion.bot.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.bot.TestTelegramChannel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@AutoConfigureMockMvc
class WebhookControllerTests extends PipelineTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void storesAnAuthenticUpdateBeforeAnsweringOk() throws Exception {
        mvc.perform(telegram("5001|1001|hi there", TestTelegramChannel.SECRET)).andExpect(status().isOk());
        mvc.perform(telegram("5001|1001|hi there", TestTelegramChannel.SECRET)).andExpect(status().isOk());

        assertThat(jdbc.sql("SELECT sender_address || ':' || body FROM inbound_message").query(String.class).list())
                .containsExactly("1001:hi there");
    }

    @Test
    void rejectsAWrongSecretWith403AndStoresNothing() throws Exception {
        mvc.perform(telegram("5002|1001|hi", "guess")).andExpect(status().isForbidden());
        mvc.perform(post("/webhooks/telegram").content("5003|1001|hi")).andExpect(status().isForbidden());

        assertThat(storedCount()).isZero();
    }

    @Test
    void rejectsAnUnreadableBodyWith400AndAReason() throws Exception {
        mvc.perform(telegram("not an update", TestTelegramChannel.SECRET))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("expected updateId|chatId|text")));

        assertThat(storedCount()).isZero();
    }

    @Test
    void refusesABodyOverTheLimitWith413AndStoresNothing() throws Exception {
        String huge = "5004|1001|" + "x".repeat(70_000);
        mvc.perform(telegram(huge, TestTelegramChannel.SECRET)).andExpect(status().isContentTooLarge());

        assertThat(storedCount()).isZero();
    }

    @Test
    void answersOkToAnIgnoredUpdateAndStoresNothing() throws Exception {
        mvc.perform(telegram("ignore", TestTelegramChannel.SECRET)).andExpect(status().isOk());

        assertThat(storedCount()).isZero();
    }

    @Test
    void answers404WithAReasonForAChannelThatIsNotConfigured() throws Exception {
        mvc.perform(post("/webhooks/twilio/sms").content("From=%2B15550001111&Body=hi"))
                .andExpect(status().isNotFound())
                .andExpect(content().string("The SMS channel is not configured."));
        mvc.perform(post("/webhooks/twilio/status").content("MessageSid=SM1&MessageStatus=delivered"))
                .andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder telegram(String body, String secret) {
        return post("/webhooks/telegram")
                .header("X-Telegram-Bot-Api-Secret-Token", secret)
                .content(body.getBytes(StandardCharsets.UTF_8));
    }

    private int storedCount() {
        return jdbc.sql("SELECT count(*) FROM inbound_message").query(Integer.class).single();
    }
}
