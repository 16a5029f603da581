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

    private String dashboard(String email, String language) throws Exception {
        return mvc.perform(get("/").param("lang", language).with(user(accounts.loadUserByUsername(email))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
