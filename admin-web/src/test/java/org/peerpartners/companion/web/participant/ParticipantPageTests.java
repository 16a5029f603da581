package org.peerpartners.companion.web.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;

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
class ParticipantPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    long ana;

    @BeforeEach
    void loadRecords() {
        StaffFixture.load(jdbc);
        ana = jdbc.sql("SELECT id FROM participant WHERE first_name = 'Ana'").query(Long.class).single();
        if (jdbc.sql("SELECT count(*) FROM channel_identity WHERE participant_id = ?").param(ana).query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("UPDATE participant SET monthly_allowance = 50 WHERE id = ?").param(ana).update();
        jdbc.sql("""
                INSERT INTO channel_identity (channel, address, participant_id, linked_at)
                VALUES ('SMS', '+15551234567', ?, TIMESTAMPTZ '2026-11-02T14:00:00Z')""").param(ana).update();
        jdbc.sql("""
                INSERT INTO consent_event (channel, address, participant_id, kind, source, evidence, occurred_at)
                VALUES ('SMS', '+15551234567', ?, 'OPT_IN', 'JOIN', 'JOIN ABC', TIMESTAMPTZ '2026-11-02T14:00:00Z')""")
                .param(ana).update();
        jdbc.sql("""
                INSERT INTO goal (participant_id, kind, text, set_at, replaced_at)
                VALUES (?, 'PRIMARY', 'Go to one class', TIMESTAMPTZ '2026-09-02T14:00:00Z', TIMESTAMPTZ '2026-10-02T14:00:00Z')""")
                .param(ana).update();
        jdbc.sql("INSERT INTO goal (participant_id, kind, text, set_at) VALUES (?, 'PRIMARY', 'One friend to have coffee with', TIMESTAMPTZ '2026-10-02T14:00:00Z')")
                .param(ana).update();
        long plan = jdbc.sql("INSERT INTO action_plan (participant_id, week_start) VALUES (?, DATE '2026-11-16') RETURNING id")
                .param(ana).query(Long.class).single();
        long item = jdbc.sql("""
                INSERT INTO plan_item (plan_id, number, text, planned_on, planned_time, estimated_cost)
                VALUES (?, 1, 'Free art class at the library', DATE '2026-11-18', TIME '18:00', 5) RETURNING id""")
                .param(plan).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO check_in (plan_item_id, outcome, achievement, note, created_at)
                VALUES (?, 'DONE', 8, 'Met a neighbour', TIMESTAMPTZ '2026-11-19T14:00:00Z')""").param(item).update();
        jdbc.sql("""
                INSERT INTO spending_entry (participant_id, month, amount, description, spent_at)
                VALUES (?, DATE '2026-11-01', 12.50, 'Bowling with Ben', TIMESTAMPTZ '2026-11-10T20:00:00Z')""")
                .param(ana).update();
        jdbc.sql("INSERT INTO budget_allocation (participant_id, month, amount, purpose) VALUES (?, DATE '2026-11-01', 20, 'Pottery night')")
                .param(ana).update();
        jdbc.sql("""
                INSERT INTO journal_entry (participant_id, text, shared_with_coach, created_at)
                VALUES (?, 'I said hello to two people', true, TIMESTAMPTZ '2026-11-20T14:00:00Z'),
                       (?, 'Private thoughts only for me', false, TIMESTAMPTZ '2026-11-21T14:00:00Z')""")
                .params(ana, ana).update();
        // due at 22:00 in New York, moved out of quiet hours to 09:00 the next morning
        jdbc.sql("""
                INSERT INTO due_message (kind, participant_id, due_at, original_due_at, dedup_key, status, reason, created_at)
                VALUES ('meeting-reminder', ?, ?, ?, 'test-ana-1', 'PENDING',
                        'moved out of quiet hours from 2026-11-23 22:00 to 2026-11-24 09:00 America/New_York', now())""")
                .params(ana, OffsetDateTime.parse("2026-11-24T14:00:00Z"), OffsetDateTime.parse("2026-11-24T03:00:00Z"))
                .update();
    }

    @Test
    void coachSeesTheirParticipantsRecords() throws Exception {
        String page = page("carmen@example.org", ana, "en");

        assertThat(page).contains("<h1>Ana</h1>").contains("America/New_York").contains("From 21:00 to 09:00");
        assertThat(page).contains("***67").doesNotContain("+15551234567").contains("Said yes to messages");
        assertThat(page).contains("One friend to have coffee with").contains("Go to one class");
        assertThat(page).contains("Free art class at the library").contains("Met a neighbour");
        assertThat(page).contains("Bowling with Ben").contains("$12.50").contains("$37.50").contains("Pottery night");
        assertThat(page).contains("I said hello to two people").doesNotContain("Private thoughts");
        // the reminder in New York time: 9:00 AM, moved from 10:00 PM the evening before
        assertThat(page).contains("Tue, Nov 24, 9:00 AM EST").contains("moved from Mon, Nov 23, 10:00 PM EST")
                .contains("Meeting reminder").contains("moved out of quiet hours");
    }

    @Test
    void pageReadsInSpanish() throws Exception {
        assertThat(page("carmen@example.org", ana, "es")).contains("Metas").contains("Presupuesto de noviembre de 2026")
                .contains("Recordatorio de reunión");
    }

    @Test
    void supervisorAndAdministratorMayReadIt() throws Exception {
        assertThat(page("sam@example.org", ana, "en")).contains("<h1>Ana</h1>");
        assertThat(page("alex@example.org", ana, "en")).contains("<h1>Ana</h1>").contains("break-glass");
    }

    @Test
    void anotherCoachOrSupervisorGetsNotFound() throws Exception {
        for (String email : new String[] {"olga@example.org", "luis@example.org", "pat@example.org"}) {
            mvc.perform(get("/participants/{id}", ana).with(user(accounts.loadUserByUsername(email))))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void missingParticipantIsNotFound() throws Exception {
        mvc.perform(get("/participants/{id}", 999_999).with(user(accounts.loadUserByUsername("alex@example.org"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void pageIsNotCached() throws Exception {
        mvc.perform(get("/participants/{id}", ana).with(user(accounts.loadUserByUsername("carmen@example.org"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void coachAddsAPlanItemToThisWeeksPlan() throws Exception {
        mvc.perform(post("/participants/{id}/plan-items", ana).with(csrf())
                        .with(user(accounts.loadUserByUsername("carmen@example.org")))
                        .param("text", "Coffee with Ben at the diner").param("at", "").param("estimatedCost", "4.50"))
                .andExpect(redirectedUrl("/participants/" + ana + "#plans"))
                .andExpect(flash().attributeExists("planItemAdded"));

        assertThat(jdbc.sql("""
                SELECT count(*) FROM plan_item i JOIN action_plan p ON p.id = i.plan_id
                WHERE p.participant_id = ? AND i.text = 'Coffee with Ben at the diner' AND i.estimated_cost = 4.50""")
                .param(ana).query(Long.class).single()).isEqualTo(1);
        assertThat(page("carmen@example.org", ana, "en")).contains("Coffee with Ben at the diner");
    }

    @Test
    void aPlanItemWithoutTextOrWithAWrongAmountIsRefusedWithTheReason() throws Exception {
        var carmen = user(accounts.loadUserByUsername("carmen@example.org"));
        mvc.perform(post("/participants/{id}/plan-items", ana).with(csrf()).with(carmen).param("text", " "))
                .andExpect(flash().attribute("planItemProblems", java.util.Set.of("planItem.error.text")));
        mvc.perform(post("/participants/{id}/plan-items", ana).with(csrf()).with(carmen)
                        .param("text", "Bowling").param("estimatedCost", "lots"))
                .andExpect(flash().attribute("planItemProblems", java.util.Set.of("planItem.error.estimatedCost")));
        mvc.perform(post("/participants/{id}/plan-items", ana).with(csrf()).with(carmen)
                        .param("text", "Bowling").param("at", "2031-01-01T10:00"))
                .andExpect(flash().attribute("planItemProblems", java.util.Set.of("planItem.error.at")));
    }

    @Test
    void anotherCoachCannotAddToThePlan() throws Exception {
        mvc.perform(post("/participants/{id}/plan-items", ana).with(csrf())
                        .with(user(accounts.loadUserByUsername("olga@example.org"))).param("text", "Sneaky"))
                .andExpect(status().isNotFound());
    }

    private String page(String email, long participant, String language) throws Exception {
        return mvc.perform(get("/participants/{id}", participant).param("lang", language)
                        .with(user(accounts.loadUserByUsername(email))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
