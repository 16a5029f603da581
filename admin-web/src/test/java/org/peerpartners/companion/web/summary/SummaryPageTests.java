package org.peerpartners.companion.web.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.AdminWebTestApplication;
import org.peerpartners.companion.summary.PreGroupSummaryWriter;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The summary pages with the staff fixture: Coach Carmen's Riverside group (Ana, Ben, Dee)
 * has a summary for tomorrow's meeting; Ana shared a journal line.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SummaryPageTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService accounts;
    @Autowired PreGroupSummaryWriter writer;

    long summaryId;
    long riverside;

    @BeforeEach
    void summaryForTomorrow() {
        StaffFixture.load(jdbc);
        riverside = jdbc.sql("SELECT id FROM peer_group WHERE name = 'Riverside Tuesday Group'").query(Long.class).single();
        long meeting = jdbc.sql("SELECT id FROM meeting WHERE group_id = ? AND starts_at = ?")
                .params(riverside, OffsetDateTime.parse("2026-11-24T23:00:00Z")).query(Long.class).single();
        // other test classes share this database (and may have written journal lines of their own)
        jdbc.sql("""
                INSERT INTO journal_entry (participant_id, text, shared_with_coach, created_at)
                SELECT id, 'I went to the <b>art</b> class', true, TIMESTAMPTZ '2026-11-20T15:00:00Z'
                FROM participant p WHERE first_name = 'Ana' AND NOT EXISTS (
                    SELECT 1 FROM journal_entry j WHERE j.participant_id = p.id AND j.text = 'I went to the <b>art</b> class')""")
                .update();
        summaryId = writer.write(meeting, AdminWebTestApplication.NOW).orElseThrow().summaryId();
    }

    @Test
    void theCoachReadsHerGroupsSummaryPrintFriendlyAndUncached() throws Exception {
        String page = view("carmen@example.org", "/summaries/" + summaryId, "en")
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Summary for Riverside Tuesday Group")
                .contains("Tue, Nov 24, 6:00 PM EST")
                .contains("Ana").contains("Ben").contains("Dee")
                .contains("I went to the &lt;b&gt;art&lt;/b&gt; class")
                .contains("/css/summary.css")
                .contains("Staying connected when life gets busy") // nobody has written to the bot yet
                // how many are quiet depends on what other test classes in this database wrote for Ana
                .containsPattern("Why: [23] people have been quiet for a week or more.");
    }

    @Test
    void theSummarySpeaksSpanishToo() throws Exception {
        String page = view("carmen@example.org", "/summaries/" + summaryId, "es")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Resumen de Riverside Tuesday Group").contains("Sin escribir una semana o más");
    }

    @Test
    void supervisorAndAdministratorMayReadItToo() throws Exception {
        view("sam@example.org", "/summaries/" + summaryId, "en").andExpect(status().isOk());
        view("alex@example.org", "/summaries/" + summaryId, "en").andExpect(status().isOk());
    }

    @Test
    void anotherCoachOrSupervisorGetsNotFound() throws Exception {
        view("luis@example.org", "/summaries/" + summaryId, "en").andExpect(status().isNotFound());
        view("pat@example.org", "/summaries/" + summaryId, "en").andExpect(status().isNotFound());
        view("luis@example.org", "/groups/" + riverside + "/summaries/latest", "en").andExpect(status().isNotFound());
    }

    @Test
    void aMissingSummaryIsNotFound() throws Exception {
        view("carmen@example.org", "/summaries/999999", "en").andExpect(status().isNotFound());
        long esperanza = jdbc.sql("SELECT id FROM peer_group WHERE name = 'Grupo Esperanza'").query(Long.class).single();
        view("luis@example.org", "/groups/" + esperanza + "/summaries/latest", "en").andExpect(status().isNotFound());
    }

    @Test
    void everyViewIsAudited() throws Exception {
        long before = audits();

        view("carmen@example.org", "/summaries/" + summaryId, "en").andExpect(status().isOk());
        view("luis@example.org", "/summaries/" + summaryId, "en").andExpect(status().isNotFound());

        assertThat(audits()).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                SELECT actor FROM audit_log WHERE action = 'VIEW_SUMMARY' AND target_id = ?
                ORDER BY id DESC LIMIT 1""").param(summaryId).query(String.class).single())
                .isEqualTo("carmen@example.org");
    }

    @Test
    void theListShowsOnlyReadableSummariesAndTheLatestLinkRedirects() throws Exception {
        String carmens = view("carmen@example.org", "/summaries", "en")
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        String olgas = view("olga@example.org", "/summaries", "en")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(carmens).contains("data-summary-id=\"" + summaryId + "\"").contains("Riverside Tuesday Group");
        assertThat(olgas).doesNotContain("data-summary-id=\"" + summaryId + "\"").contains("No summaries yet");
        view("carmen@example.org", "/groups/" + riverside + "/summaries/latest", "en")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/summaries/" + summaryId));
    }

    private long audits() {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'VIEW_SUMMARY' AND target_id = ?")
                .param(summaryId).query(Long.class).single();
    }

    private ResultActions view(String email, String path, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language).with(user(accounts.loadUserByUsername(email))));
    }
}
