package org.peerpartners.companion.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.PagesFixture;
import org.peerpartners.companion.web.PagesWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PagesWebTest
class DashboardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void load() {
        PagesFixture.load(jdbc);
    }

    @Test
    void coachSeesHerGroupAndItsNextMeetingLinkedToTheGroupPage() throws Exception {
        String page = dashboard("carmen@example.org", "en");
        long riverside = PagesFixture.group(jdbc, "Riverside Tuesday Group");

        assertThat(page).contains("My groups").contains("href=\"/groups/" + riverside + "\"")
                .contains("Tue, Nov 24, 6:00 PM EST").doesNotContain("Grupo Esperanza");
    }

    @Test
    void openSafetyAlertsAreCountedAndLinkToTheAlert() throws Exception {
        String page = dashboard("carmen@example.org", "en");
        long alert = jdbc.sql("SELECT id FROM safety_alert").query(Long.class).single();

        assertThat(page).containsPattern("id=\"alert-count\">\\s*<strong>1</strong>")
                .contains("href=\"/alerts/" + alert + "\"");
        assertThat(dashboard("luis@example.org", "en")).containsPattern("id=\"alert-count\">\\s*<strong>0</strong>")
                .doesNotContain("/alerts/" + alert);
    }

    @Test
    void membersWithoutAMessageForAWeekAreListedAsGoneQuiet() throws Exception {
        String page = dashboard("carmen@example.org", "en");
        String quiet = page.substring(page.indexOf("id=\"quiet\""));

        assertThat(quiet).contains(">Ben<").contains("10 days since their last message")
                .contains(">Dee<").contains("No message yet")
                .doesNotContain(">Ana<").doesNotContain(">Eve<");
        assertThat(quiet).contains("href=\"/participants/" + PagesFixture.participant(jdbc, "Ben") + "\"");
    }

    @Test
    void whatAMessageLeftBehindCountsAsHearingFromThem() throws Exception {
        long hal = member("Hal");
        long ivy = member("Ivy");
        jdbc.sql("INSERT INTO journal_entry (participant_id, text, created_at) VALUES (?, 'ok', TIMESTAMPTZ '2026-11-21T12:00:00Z')")
                .param(hal).update();
        long plan = jdbc.sql("INSERT INTO action_plan (participant_id, week_start) VALUES (?, DATE '2026-11-02') RETURNING id")
                .param(ivy).query(Long.class).single();
        long item = jdbc.sql("INSERT INTO plan_item (plan_id, number, text) VALUES (?, 1, 'walk') RETURNING id")
                .param(plan).query(Long.class).single();
        jdbc.sql("INSERT INTO check_in (plan_item_id, outcome, created_at) VALUES (?, 'DONE', TIMESTAMPTZ '2026-11-03T15:00:00Z')")
                .param(item).update();

        String page = dashboard("carmen@example.org", "en");
        String quiet = page.substring(page.indexOf("id=\"quiet\""));

        assertThat(quiet).doesNotContain(">Hal<").contains(">Ivy<").contains("20 days since their last message");
    }

    @Test
    void onlyAnAdministratorSeesMessagesThatDidNotGoThrough() throws Exception {
        assertThat(dashboard("alex@example.org", "en"))
                .containsPattern("id=\"stuck-count\">\\s*<strong>1</strong>").contains("href=\"/admin/parked\"");
        assertThat(dashboard("carmen@example.org", "en")).doesNotContain("stuck-count");
        assertThat(dashboard("sam@example.org", "en")).doesNotContain("stuck-count");
    }

    @Test
    void dashboardSpeaksSpanish() throws Exception {
        assertThat(dashboard("carmen@example.org", "es")).contains("Mis grupos").contains("Sin noticias")
                .contains("Próximas reuniones");
    }

    @Test
    void anonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    private long member(String firstName) {
        return jdbc.sql("""
                INSERT INTO participant (group_id, first_name, time_zone, enrolled_on)
                VALUES (?, ?, 'America/New_York', DATE '2026-09-01') RETURNING id""")
                .params(PagesFixture.group(jdbc, "Riverside Tuesday Group"), firstName).query(Long.class).single();
    }

    private String dashboard(String email, String language) throws Exception {
        return mvc.perform(get("/").param("lang", language).with(user(accounts.loadUserByUsername(email))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
