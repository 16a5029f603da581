package org.peerpartners.companion.web.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class AlertPageTests {

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
    void coachSeesTheAlertWithTheMatchedWordsAndTheMessageTime() throws Exception {
        long alert = newAlert("want to end it");

        String list = page("/alerts", "carmen@example.org");
        assertThat(list).contains("/alerts/" + alert).contains("Open");
        String page = page("/alerts/" + alert, "carmen@example.org");
        // the message came at 14:30 UTC: 9:30 AM in New York
        assertThat(page).contains("want to end it").contains("Mon, Nov 23, 9:30 AM EST")
                .contains("href=\"/participants/" + ana + "\"").contains("Acknowledge");
    }

    @Test
    void openAlertsComeBeforeAcknowledgedOnes() throws Exception {
        long handled = newAlert("first");
        mvc.perform(post("/alerts/{id}", handled).with(csrf()).with(as("carmen@example.org")).param("note", "Called"))
                .andExpect(status().is3xxRedirection());
        long open = newAlert("second");

        String list = page("/alerts", "carmen@example.org");
        assertThat(list.indexOf("/alerts/" + open + "\"")).isLessThan(list.indexOf("/alerts/" + handled + "\""));
    }

    @Test
    void coachAcknowledgesWithAFollowUpNoteAndItIsAudited() throws Exception {
        long alert = newAlert("hopeless");

        mvc.perform(post("/alerts/{id}", alert).with(csrf()).with(as("carmen@example.org"))
                        .param("note", "Called Ana, she is safe; we meet tomorrow."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/alerts/" + alert));

        var row = jdbc.sql("""
                SELECT a.acknowledged_at IS NOT NULL AS acknowledged, s.email, a.follow_up_note
                FROM safety_alert a JOIN staff_user s ON s.id = a.acknowledged_by WHERE a.id = ?""")
                .param(alert).query().singleRow();
        assertThat(row).containsEntry("acknowledged", true).containsEntry("email", "carmen@example.org")
                .containsEntry("follow_up_note", "Called Ana, she is safe; we meet tomorrow.");
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE action = 'ACKNOWLEDGE_ALERT' AND target_id = ?")
                .param(alert).query(String.class).single()).isEqualTo("Coach Carmen");
        assertThat(page("/alerts/" + alert, "sam@example.org")).contains("Acknowledged").contains("by Coach Carmen")
                .contains("she is safe");
    }

    @Test
    void tooLongANoteIsShownAsAnError() throws Exception {
        long alert = newAlert("no way out");

        String page = mvc.perform(post("/alerts/{id}", alert).with(csrf()).with(as("carmen@example.org"))
                        .param("note", "x".repeat(2001)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("at most 2000 characters");
        assertThat(jdbc.sql("SELECT acknowledged_at IS NULL FROM safety_alert WHERE id = ?").param(alert)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void otherCoachesSeeNeitherTheAlertNorItInTheList() throws Exception {
        long alert = newAlert("goodbye forever");

        assertThat(page("/alerts", "olga@example.org")).doesNotContain("/alerts/" + alert + "\"");
        for (String email : new String[] {"olga@example.org", "luis@example.org", "pat@example.org"}) {
            mvc.perform(get("/alerts/{id}", alert).with(as(email))).andExpect(status().isNotFound());
            mvc.perform(post("/alerts/{id}", alert).with(csrf()).with(as(email)).param("note", "x"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/alerts/{id}", 999_999).with(as("carmen@example.org"))).andExpect(status().isNotFound());
    }

    @Test
    void administratorOnCallMayAcknowledge() throws Exception {
        long alert = newAlert("kill myself");

        assertThat(page("/alerts/" + alert, "alex@example.org")).contains("kill myself").contains("acknowledge-form");
        mvc.perform(post("/alerts/{id}", alert).with(csrf()).with(as("alex@example.org")).param("note", "Called the coach"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anAcknowledgedAlertKeepsItsFirstAcknowledgementWhenTheNoteChanges() throws Exception {
        long alert = newAlert("worthless");
        mvc.perform(post("/alerts/{id}", alert).with(csrf()).with(as("carmen@example.org")).param("note", "Called"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/alerts/{id}", alert).with(csrf()).with(as("sam@example.org")).param("note", "Visited too"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT s.email || ' ' || a.follow_up_note FROM safety_alert a JOIN staff_user s ON s.id = a.acknowledged_by WHERE a.id = ?")
                .param(alert).query(String.class).single()).isEqualTo("carmen@example.org Visited too");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'ALERT_NOTE' AND target_id = ?").param(alert)
                .query(Long.class).single()).isEqualTo(1);
    }

    private long newAlert(String matched) {
        long message = jdbc.sql("""
                INSERT INTO inbound_message (channel, provider_id, sender_address, body, received_at, status, next_attempt_at)
                VALUES ('SMS', gen_random_uuid()::text, '+15551234567', 'text', TIMESTAMPTZ '2026-11-23T14:30:00Z',
                        'PROCESSED', TIMESTAMPTZ '2026-11-23T14:30:00Z') RETURNING id""").query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO safety_alert (participant_id, inbound_message_id, matched, created_at)
                VALUES (?, ?, ?, now()) RETURNING id""").params(ana, message, matched).query(Long.class).single();
    }

    private String page(String path, String email) throws Exception {
        return mvc.perform(get(path).with(as(email)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }
}
