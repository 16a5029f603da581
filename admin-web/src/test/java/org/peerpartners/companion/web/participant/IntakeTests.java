package org.peerpartners.companion.web.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class IntakeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    long ana;
    long ben;
    long dee;

    @BeforeEach
    void loadStaff() {
        StaffFixture.load(jdbc);
        ana = participant("Ana");
        ben = participant("Ben");
        dee = participant("Dee");
    }

    @Test
    void coachRecordsABaselineAndReadsItBackEncryptedAtRest() throws Exception {
        mvc.perform(baseline(ana, "FOLLOW_UP").with(as("carmen@example.org")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/participants/" + ana + "/intake"));

        String page = intake(ana, "carmen@example.org");
        assertThat(page).contains("Has friends").contains("Outcome: yes").contains("Slept at the shelter twice");
        assertThat(page).contains("<td class=\"hospital-stays\">2</td>").contains("<td class=\"er-visits\">3</td>");
        var stored = jdbc.sql("SELECT indicators_encrypted, history_encrypted, notes_encrypted FROM interview WHERE participant_id = ?")
                .param(ana).query((row, n) -> new String(row.getBytes(1), StandardCharsets.ISO_8859_1)
                        + new String(row.getBytes(2), StandardCharsets.ISO_8859_1)
                        + new String(row.getBytes(3), StandardCharsets.ISO_8859_1))
                .list();
        assertThat(stored).isNotEmpty().allSatisfy(bytes -> assertThat(bytes)
                .doesNotContain("HAVE_FRIENDS").doesNotContain("hospitalStays").doesNotContain("shelter"));
        assertThat(auditCount("RECORD_INTERVIEW", "interview")).isPositive();
    }

    @Test
    void formStartsWithTodayInTheParticipantsZoneAsADateInputReadsIt() throws Exception {
        assertThat(intake(ana, "carmen@example.org")).contains("type=\"date\"").contains("value=\"2026-11-23\"");
    }

    @Test
    void everyViewIsAudited() throws Exception {
        long before = auditCount("VIEW_INTAKE", "participant");
        intake(ana, "carmen@example.org");
        intake(ana, "sam@example.org");

        assertThat(auditCount("VIEW_INTAKE", "participant")).isEqualTo(before + 2);
        assertThat(jdbc.sql("""
                SELECT actor FROM audit_log WHERE action = 'VIEW_INTAKE' AND target_id = ? ORDER BY id DESC LIMIT 1""")
                .param(ana).query(String.class).single()).isEqualTo("Sam Rivera");
    }

    @Test
    void secondBaselineIsRefusedOnThePage() throws Exception {
        if (jdbc.sql("SELECT count(*) FROM interview WHERE participant_id = ? AND kind = 'BASELINE'").param(ben)
                .query(Long.class).single() == 0) {
            mvc.perform(baseline(ben, "BASELINE").with(as("carmen@example.org"))).andExpect(status().is3xxRedirection());
        }
        String page = mvc.perform(baseline(ben, "BASELINE").with(as("carmen@example.org")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is already a baseline interview");
        assertThat(jdbc.sql("SELECT count(*) FROM interview WHERE participant_id = ? AND kind = 'BASELINE'").param(ben)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badCountsAndFutureDatesAreShownOnTheForm() throws Exception {
        String page = mvc.perform(post("/participants/{id}/intake", dee).with(csrf()).with(as("carmen@example.org"))
                        .param("kind", "FOLLOW_UP").param("interviewedOn", "2027-01-01")
                        .param("hospitalStays", "two").param("erVisits", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Please check the marked fields").contains("It cannot be in the future")
                .contains("Give a whole number, 0 or more");
        assertThat(jdbc.sql("SELECT count(*) FROM interview WHERE participant_id = ?").param(dee).query(Long.class).single())
                .isZero();
    }

    @Test
    void otherCoachesAndSupervisorsAndMissingParticipantsGetNotFound() throws Exception {
        for (String email : new String[] {"olga@example.org", "luis@example.org", "pat@example.org"}) {
            mvc.perform(get("/participants/{id}/intake", ana).with(as(email))).andExpect(status().isNotFound());
            mvc.perform(baseline(ana, "FOLLOW_UP").with(as(email))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/participants/{id}/intake", 999_999).with(as("carmen@example.org"))).andExpect(status().isNotFound());
    }

    @Test
    void administratorNeedsABreakGlassWithAReasonAndEveryViewIsStillAudited() throws Exception {
        mvc.perform(get("/participants/{id}/intake", dee).with(as("alex@example.org"))).andExpect(status().isNotFound());
        mvc.perform(get("/participants/{id}/intake/break-glass", dee).with(as("alex@example.org")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));

        String refused = mvc.perform(post("/participants/{id}/intake/break-glass", dee).with(csrf())
                        .with(as("alex@example.org")).param("reason", "need"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Please say why");
        mvc.perform(get("/participants/{id}/intake", dee).with(as("alex@example.org"))).andExpect(status().isNotFound());

        long views = auditCount("VIEW_INTAKE", "participant");
        mvc.perform(post("/participants/{id}/intake/break-glass", dee).with(csrf()).with(as("alex@example.org"))
                        .param("reason", "Dee's sister called: hospital needs her history"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/participants/" + dee + "/intake"));
        String page = intake(dee, "alex@example.org");

        assertThat(page).contains("You opened this with break-glass");
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'BREAK_GLASS' AND target_id = ?").param(dee)
                .query(String.class).single()).contains("hospital needs her history");
        assertThat(auditCount("VIEW_INTAKE", "participant")).isEqualTo(views + 1);
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'VIEW_INTAKE' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).contains("via break-glass");
        // the grant is for that participant only
        mvc.perform(get("/participants/{id}/intake", ana).with(as("alex@example.org"))).andExpect(status().isNotFound());
    }

    @Test
    void anExpiredBreakGlassNoLongerOpensTheIntake() throws Exception {
        jdbc.sql("""
                INSERT INTO break_glass (staff_user_id, participant_id, reason, granted_at, expires_at)
                SELECT id, ?, 'an old emergency', TIMESTAMPTZ '2026-11-23T10:00:00Z', TIMESTAMPTZ '2026-11-23T10:15:00Z'
                FROM staff_user WHERE email = 'alex@example.org'""").param(ben).update();

        mvc.perform(get("/participants/{id}/intake", ben).with(as("alex@example.org"))).andExpect(status().isNotFound());
    }

    @Test
    void breakGlassIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/participants/{id}/intake/break-glass", ana).with(as("carmen@example.org")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/participants/{id}/intake/break-glass", 999_999).with(as("alex@example.org")))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder baseline(long participant, String kind) {
        return post("/participants/{id}/intake", participant).with(csrf())
                .param("kind", kind).param("interviewedOn", "2026-11-20")
                .param("outcomes", "HAVE_FRIENDS", "SAFE").param("supports", "SAFE")
                .param("hospitalStays", "2").param("erVisits", "3").param("notes", "Slept at the shelter twice");
    }

    private String intake(long participant, String email) throws Exception {
        return mvc.perform(get("/participants/{id}/intake", participant).with(as(email)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String email) {
        UserDetails account = accounts.loadUserByUsername(email);
        return user(account);
    }

    private long auditCount(String action, String targetType) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND target_type = ?")
                .params(action, targetType).query(Long.class).single();
    }

    private long participant(String name) {
        return jdbc.sql("SELECT id FROM participant WHERE first_name = ?").param(name).query(Long.class).single();
    }
}
