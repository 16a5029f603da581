package org.peerpartners.companion.web.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SandboxPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    long ana;

    @BeforeEach
    void loadStaff() {
        StaffFixture.load(jdbc);
        ana = jdbc.sql("SELECT id FROM participant WHERE first_name = 'Ana'").query(Long.class).single();
    }

    @Test
    void coachPicksOneOfTheirParticipantsAndGetsTheChat() throws Exception {
        String page = page("carmen@example.org", ana);

        assertThat(page).contains(">Ana (Riverside Tuesday Group, English)<").contains(">Ben (").contains(">Dee (")
                .doesNotContain(">Eve (");
        assertThat(page).contains("data-address=\"participant-" + ana + "\"")
                .contains("data-send-url=\"/api/sandbox/messages\"")
                .contains("data-csrf-header=\"X-CSRF-TOKEN\"").contains("data-csrf-token=\"")
                .contains("<script src=\"/js/sandbox.js\" defer></script>")
                .contains("Chatting as Ana");
    }

    @Test
    void supervisorMayTalkAsTheirCoachesParticipants() throws Exception {
        assertThat(page("sam@example.org", ana)).contains("Chatting as Ana");
    }

    @Test
    void anotherCoachsParticipantIsNotOffered() throws Exception {
        String page = page("olga@example.org", ana);

        assertThat(page).doesNotContain("Ana").doesNotContain("id=\"chat\"");
    }

    @Test
    void administratorsAreToldTheyMayNotTalkAsAnyone() throws Exception {
        assertThat(page("alex@example.org", ana)).contains("There is nobody you may talk as").doesNotContain("id=\"chat\"");
    }

    @Test
    void chatScriptComesFromTheJar() throws Exception {
        mvc.perform(get("/js/sandbox.js").with(user(accounts.loadUserByUsername("carmen@example.org"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("textContent")));
    }

    private String page(String email, long participant) throws Exception {
        return mvc.perform(get("/sandbox").param("participant", String.valueOf(participant))
                        .with(user(accounts.loadUserByUsername(email))))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
    }
}
