package org.peerpartners.companion.web.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.PagesFixture;
import org.peerpartners.companion.web.PagesWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PagesWebTest
class EnrolmentPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    long riverside;

    @BeforeEach
    void load() {
        PagesFixture.load(jdbc);
        riverside = PagesFixture.group(jdbc, "Riverside Tuesday Group");
    }

    @Test
    void formOffersTheGroupsTimeZoneFirst() throws Exception {
        String page = mvc.perform(get("/groups/{id}/participants/new", riverside).param("lang", "en")
                        .with(as("carmen@example.org")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Enrol a participant")
                .containsPattern("<option value=\"America/New_York\"\\s+selected=\"selected\">America/New_York \\(the group&#39;s\\)");
    }

    @Test
    void enrollingCreatesAnInvitedParticipantWithACodeAndOpensTheirCard() throws Exception {
        String location = mvc.perform(enrol("Fran", "es", "America/Chicago", "+15550002222", "20"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        var fran = jdbc.sql("SELECT id, status, language, time_zone, monthly_allowance::text AS budget FROM participant WHERE first_name = 'Fran'")
                .query().singleRow();
        assertThat(location).isEqualTo("/participants/" + fran.get("id") + "/card");
        assertThat(fran).containsEntry("status", "INVITED").containsEntry("language", "es")
                .containsEntry("time_zone", "America/Chicago").containsEntry("budget", "20.00");
        assertThat(jdbc.sql("SELECT count(*) FROM invite_code WHERE participant_id = ? AND revoked_at IS NULL")
                .param(fran.get("id")).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'ENROL_PARTICIPANT' AND target_id = ?")
                .param(fran.get("id")).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void mistakesAreShownOnTheFormWithWhatWasTyped() throws Exception {
        String page = mvc.perform(enrol(" ", "fr", "America/New_York", "555-1234", "lots"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Please enter an amount like 25")
                .contains("value=\"555-1234\"").contains("value=\"lots\"");

        page = mvc.perform(enrol(" ", "fr", "America/New_York", "555-1234", "10"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Please enter a first name").contains("Please choose English or Spanish")
                .contains("Please write the number with + and the country code")
                .contains("aria-invalid=\"true\"");
        assertThat(jdbc.sql("SELECT count(*) FROM participant WHERE first_name = ' '").query(Long.class).single())
                .isZero();
    }

    @Test
    void aNumberThatIsSomeoneElsesIsRefused() throws Exception {
        String page = mvc.perform(enrol("Gus", "en", "", "+15550001111", "0"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("This number already belongs to someone in the program.");
    }

    @Test
    void anotherCoachCannotEnrolIntoTheGroup() throws Exception {
        mvc.perform(get("/groups/{id}/participants/new", riverside).with(as("olga@example.org")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/groups/{id}/participants/new", riverside).with(as("luis@example.org")).with(csrf())
                        .param("firstName", "Intruder").param("language", "en"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM participant WHERE first_name = 'Intruder'").query(Long.class).single())
                .isZero();
    }

    @Test
    void missingGroupIsNotFound() throws Exception {
        mvc.perform(get("/groups/{id}/participants/new", 999_999).with(as("alex@example.org")))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder enrol(String name, String language, String zone, String phone, String budget) {
        return post("/groups/{id}/participants/new", riverside).param("lang", "en").with(as("carmen@example.org"))
                .with(csrf()).param("firstName", name).param("language", language).param("timeZone", zone)
                .param("phone", phone).param("monthlyBudget", budget);
    }

    private RequestPostProcessor as(String email) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(email));
    }
}
