package org.peerpartners.companion.bot.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.messaging.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class ParkedMessageControllerTests extends PipelineTestSupport {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void anAdministratorSeesAParkedMessageWithoutItsBodyAndPutsItBackInLine() throws Exception {
        long broken = receive(Channel.SMS, "+15550001234", "my private words");
        handler.failWhen(message -> message.id() == broken);
        worker.drain();
        clock.advance(Duration.ofSeconds(10));
        worker.drain();
        clock.advance(Duration.ofSeconds(20));
        worker.drain();

        mvc.perform(get("/api/admin/parked-messages"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(broken))
                .andExpect(jsonPath("$[0].sender").value("***34"))
                .andExpect(jsonPath("$[0].attempts").value(3))
                .andExpect(content().string(not(containsString("my private words"))))
                .andExpect(content().string(not(containsString("5550001234"))));

        handler.reset();
        mvc.perform(post("/api/admin/parked-messages/{id}/replay", broken).principal(() -> "alex@example.org"))
                .andExpect(status().isAccepted());
        worker.drain();

        assertThat(rowStatus("inbound_message", broken)).isEqualTo("PROCESSED");
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE action = 'REPLAY' AND target_id = :id")
                .param("id", broken).query(String.class).list()).containsExactly("alex@example.org");
    }

    @Test
    void replayingSomethingThatIsNotParkedIsA404WithAReason() throws Exception {
        long fine = receive(Channel.SMS, "+15550001234", "hello");
        worker.drain();

        mvc.perform(post("/api/admin/parked-messages/{id}/replay", fine))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("no parked message " + fine));
        mvc.perform(post("/api/admin/parked-messages/{id}/replay", 987654))
                .andExpect(status().isNotFound());
    }
}
