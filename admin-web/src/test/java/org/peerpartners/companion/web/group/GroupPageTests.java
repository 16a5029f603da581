package org.peerpartners.companion.web.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.PagesFixture;
import org.peerpartners.companion.web.PagesWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PagesWebTest
class GroupPageTests {

    static final long LAST_WEEK = Instant.parse("2026-11-17T23:00:00Z").getEpochSecond();
    static final long TOMORROW = Instant.parse("2026-11-24T23:00:00Z").getEpochSecond();

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
    void membersShowStatusAndHowTheyAreLinkedButNeverTheirNumbers() throws Exception {
        String page = page("carmen@example.org");

        assertThat(page).contains(">Ana<").contains(">Ben<").contains(">Dee<").doesNotContain(">Eve<");
        assertThat(page).contains("Text messages").contains("Telegram").contains("Not linked yet");
        assertThat(page).doesNotContain("+15550001111").doesNotContain("900100200");
        assertThat(page).contains("href=\"/participants/" + PagesFixture.participant(jdbc, "Ana") + "\"")
                .contains("href=\"/participants/" + PagesFixture.participant(jdbc, "Ana") + "/card\"")
                .contains("href=\"/groups/" + riverside + "/participants/new\"")
                .contains("href=\"/groups/" + riverside + "/summaries/latest\"");
    }

    @Test
    void meetingsAreShownInTheGroupsTimeWithPastOnesOpenForAttendance() throws Exception {
        String page = page("carmen@example.org");

        assertThat(page).contains("Tue, Nov 24, 6:00 PM EST").contains("Tue, Dec 1, 6:00 PM EST")
                .contains("Tue, Nov 17, 6:00 PM EST");
        assertThat(page).contains("id=\"meeting-" + LAST_WEEK + "\"").contains("Save attendance");
    }

    @Test
    void supervisorAndAdministratorMayOpenTheGroup() throws Exception {
        mvc.perform(get("/groups/{id}", riverside).with(as("sam@example.org"))).andExpect(status().isOk());
        mvc.perform(get("/groups/{id}", riverside).with(as("alex@example.org"))).andExpect(status().isOk());
    }

    @Test
    void anotherCoachsGroupIsNotThere() throws Exception {
        mvc.perform(get("/groups/{id}", riverside).with(as("luis@example.org"))).andExpect(status().isNotFound());
        mvc.perform(get("/groups/{id}", riverside).with(as("olga@example.org"))).andExpect(status().isNotFound());
        mvc.perform(get("/groups/{id}", riverside).with(as("pat@example.org"))).andExpect(status().isNotFound());
        mvc.perform(post("/groups/{id}/topics", riverside).with(as("olga@example.org")).with(csrf())
                .param("startsAt", String.valueOf(TOMORROW)).param("skillTopic", "Hijacked"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/groups/{id}/buddies", riverside).with(as("luis@example.org")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void missingGroupIsNotFound() throws Exception {
        mvc.perform(get("/groups/{id}", 999_999).with(as("alex@example.org"))).andExpect(status().isNotFound());
    }

    @Test
    void coachRecordsAttendanceOfLastWeeksMeeting() throws Exception {
        long ana = PagesFixture.participant(jdbc, "Ana");
        long ben = PagesFixture.participant(jdbc, "Ben");

        mvc.perform(post("/groups/{id}/attendance", riverside).with(as("carmen@example.org")).with(csrf())
                        .param("startsAt", String.valueOf(LAST_WEEK))
                        .param("mark_" + ana, "PRESENT").param("mark_" + ben, "EXCUSED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/groups/" + riverside + "#meeting-" + LAST_WEEK));

        assertThat(jdbc.sql("""
                SELECT a.status FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                WHERE m.group_id = ? AND a.participant_id = ?""").params(riverside, ben).query(String.class).single())
                .isEqualTo("EXCUSED");
        assertThat(auditCount("RECORD_ATTENDANCE")).isPositive();
        assertThat(page("carmen@example.org")).containsPattern("<option value=\"EXCUSED\"\\s+selected=\"selected\">");
    }

    @Test
    void attendanceOfAMeetingStillToComeIsRefusedOnThePage() throws Exception {
        String page = mvc.perform(post("/groups/{id}/attendance", riverside).with(as("carmen@example.org")).with(csrf())
                        .param("startsAt", String.valueOf(TOMORROW))
                        .param("mark_" + PagesFixture.participant(jdbc, "Ana"), "PRESENT"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("This meeting has not happened yet");
    }

    @Test
    void attendanceForATimeWithNoMeetingIsNotFound() throws Exception {
        mvc.perform(post("/groups/{id}/attendance", riverside).with(as("carmen@example.org")).with(csrf())
                        .param("startsAt", String.valueOf(LAST_WEEK - 3600)))
                .andExpect(status().isNotFound());
    }

    @Test
    void coachSetsTheSkillTopicOfTheNextMeeting() throws Exception {
        mvc.perform(post("/groups/{id}/topics", riverside).with(as("carmen@example.org")).with(csrf())
                        .param("startsAt", String.valueOf(TOMORROW)).param("skillTopic", "  Asking for help "))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT skill_topic FROM meeting WHERE group_id = ? AND starts_at = TIMESTAMPTZ '2026-11-24T23:00:00Z'")
                .param(riverside).query(String.class).single()).isEqualTo("Asking for help");
        assertThat(auditCount("SET_SKILL_TOPIC")).isPositive();
        assertThat(page("carmen@example.org")).contains("value=\"Asking for help\"");
    }

    @Test
    void tooLongASkillTopicIsRefusedOnThePage() throws Exception {
        String page = mvc.perform(post("/groups/{id}/topics", riverside).with(as("carmen@example.org")).with(csrf())
                        .param("startsAt", String.valueOf(TOMORROW)).param("skillTopic", "x".repeat(121)))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("120 letters or fewer");
    }

    @Test
    void coachPairsBuddiesWithOneSelectPerMember() throws Exception {
        long ana = PagesFixture.participant(jdbc, "Ana");
        long ben = PagesFixture.participant(jdbc, "Ben");
        long dee = PagesFixture.participant(jdbc, "Dee");

        mvc.perform(post("/groups/{id}/buddies", riverside).with(as("carmen@example.org")).with(csrf())
                        .param("set_" + ana, "1").param("set_" + ben, "1").param("set_" + dee, "1"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("""
                SELECT count(*) FROM buddy_member m JOIN buddy_set s ON s.id = m.buddy_set_id
                WHERE s.group_id = ? AND s.active_until IS NULL""").param(riverside).query(Long.class).single())
                .isEqualTo(3);
        assertThat(page("carmen@example.org")).containsPattern("<ol class=\"buddy-sets\">\\s*<li>");
        assertThat(auditCount("PAIR_BUDDIES")).isPositive();
    }

    @Test
    void aSetOfOneIsRefusedWithTheNameOfWhoIsAlone() throws Exception {
        long ana = PagesFixture.participant(jdbc, "Ana");
        long ben = PagesFixture.participant(jdbc, "Ben");
        long dee = PagesFixture.participant(jdbc, "Dee");

        String page = mvc.perform(post("/groups/{id}/buddies", riverside).with(as("carmen@example.org")).with(csrf())
                        .param("set_" + ana, "1").param("set_" + ben, "1").param("set_" + dee, "2"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Set 2 has only Dee. Put 2 or 3 people in each set.");
        // what the coach chose stays chosen
        assertThat(page).containsPattern("name=\"set_" + dee + "\"[^>]*>\\s*<option value=\"\">No set</option>\\s*"
                + "<option value=\"1\">Set 1</option>\\s*<option value=\"2\" selected=\"selected\">");
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/groups/{id}/topics", riverside).with(as("carmen@example.org"))
                        .param("startsAt", String.valueOf(TOMORROW)).param("skillTopic", "No token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void groupPageSpeaksSpanish() throws Exception {
        String page = mvc.perform(get("/groups/{id}", riverside).param("lang", "es").with(as("carmen@example.org")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Participantes").contains("Compañeros").contains("Guardar asistencia");
    }

    private String page(String email) throws Exception {
        return mvc.perform(get("/groups/{id}", riverside).param("lang", "en").with(as(email)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long auditCount(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ?").param(action).query(Long.class).single();
    }

    private RequestPostProcessor as(String email) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(email));
    }
}
