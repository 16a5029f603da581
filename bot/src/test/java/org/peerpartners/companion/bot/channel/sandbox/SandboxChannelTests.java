package org.peerpartners.companion.bot.channel.sandbox;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.messaging.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@AutoConfigureMockMvc
class SandboxChannelTests extends PipelineTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void aMessageAsAParticipantGoesThroughTheWholePathAndTheReplyShowsInTheConversation() throws Exception {
        long ana = participant("Ana", "en", Channel.SMS, "+15550000001");

        mvc.perform(post("/api/sandbox/messages").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participantId\": " + ana + ", \"text\": \"HELP\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.address").value("participant-" + ana));
        runWorkers();

        mvc.perform(get("/api/sandbox/conversations/participant-" + ana))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].direction").value("IN"))
                .andExpect(jsonPath("$[0].text").value("HELP"))
                .andExpect(jsonPath("$[1].direction").value("OUT"))
                .andExpect(jsonPath("$[1].text").value(org.hamcrest.Matchers.containsString("988")));
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
