package org.peerpartners.companion.bot.channel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.messaging.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@AutoConfigureMockMvc
class SandboxChannelTests extends PipelineTestSupport {

    /** {@link #participant} puts each person in a group of their own coach, carmen+{name}. */
    private static final Principal ANAS_COACH = () -> "carmen+Ana@example.org";

    @Autowired
    MockMvc mvc;

    @Test
    void aMessageAsAParticipantGoesThroughTheWholePathAndTheReplyShowsInTheConversation() throws Exception {
        long ana = participant("Ana", "en", Channel.SMS, "+15550000001");

        mvc.perform(post("/api/sandbox/messages").contentType(MediaType.APPLICATION_JSON).principal(ANAS_COACH)
                        .content("{\"participantId\": " + ana + ", \"text\": \"HELP\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.address").value("participant-" + ana));
        runWorkers();

        mvc.perform(get("/api/sandbox/conversations/participant-" + ana).principal(ANAS_COACH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].direction").value("IN"))
                .andExpect(jsonPath("$[0].text").value("HELP"))
                .andExpect(jsonPath("$[1].direction").value("OUT"))
                .andExpect(jsonPath("$[1].text").value(org.hamcrest.Matchers.containsString("988")));
    }

    @Test
    void anotherCoachCanNeitherTalkAsAnaNorReadHerSandboxConversation() throws Exception {
        long ana = participant("Ana", "en", Channel.SMS, "+15550000001");
        participant("Ben", "es", Channel.SMS, "+15550000002");
        Principal bensCoach = () -> "carmen+Ben@example.org";

        mvc.perform(post("/api/sandbox/messages").contentType(MediaType.APPLICATION_JSON).principal(bensCoach)
                        .content("{\"participantId\": " + ana + ", \"text\": \"BUDGET\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/sandbox/messages").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participantId\": " + ana + ", \"text\": \"BUDGET\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/sandbox/conversations/participant-" + ana).principal(bensCoach))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM inbound_message WHERE channel = 'SANDBOX'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownSandboxAddressGetsTheHowToJoinReply() throws Exception {
        mvc.perform(post("/api/sandbox/messages").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"address\": \"visitor-1\", \"text\": \"hi\"}"))
                .andExpect(status().isAccepted());
        runWorkers();

        mvc.perform(get("/api/sandbox/conversations/visitor-1"))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].text").value(org.hamcrest.Matchers.containsString("JOIN")));
    }

    @Test
    void answers404ForAnUnknownParticipantAnd400ForAnEmptyText() throws Exception {
        mvc.perform(post("/api/sandbox/messages").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participantId\": 999, \"text\": \"hi\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/sandbox/messages").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"address\": \"visitor-1\", \"text\": \" \"}"))
                .andExpect(status().isBadRequest());
    }
}
