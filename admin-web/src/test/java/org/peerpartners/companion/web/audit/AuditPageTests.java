package org.peerpartners.companion.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class AuditPageTests {

    private static final Pattern ROW = Pattern.compile("data-audit-id=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    private long carmenEntry;
    private long olgaEntry;
    private long anaEntry;
    private long lakesideEntry;
    private long samEntry;
    private long systemEntry;
    private long oldEntry;

    @BeforeEach
    void loadStaffAndEntries() {
        StaffFixture.load(jdbc);
        long carmen = staff("carmen@example.org");
        long olga = staff("olga@example.org");
        long sam = staff("sam@example.org");
        long ana = jdbc.sql("SELECT id FROM participant WHERE first_name = 'Ana'").query(Long.class).single();
        long lakeside = jdbc.sql("SELECT id FROM peer_group WHERE name = 'Lakeside Group'").query(Long.class).single();
        carmenEntry = entry(carmen, "Coach Carmen", "VIEW_PLAN", "plan_item", 5L, "2026-11-20T15:00:00Z");
        olgaEntry = entry(olga, "Coach Olga", "VIEW_PLAN", "plan_item", 6L, "2026-11-20T16:00:00Z");
        anaEntry = entry(null, "Alex Admin", "BREAK_GLASS", "participant", ana, "2026-11-21T15:00:00Z");
        lakesideEntry = entry(null, "Alex Admin", "EDIT_GROUP", "peer_group", lakeside, "2026-11-21T16:00:00Z");
        samEntry = entry(sam, "Sam Rivera", "PASSWORD_CHANGED", "staff_user", sam, "2026-11-22T15:00:00Z");
        systemEntry = entry(null, "system", "REPLAY", "inbound_message", 9L, "2026-11-22T16:00:00Z");
        oldEntry = entry(carmen, "Coach Carmen", "VIEW_PLAN", "plan_item", 7L, "2026-10-01T15:00:00Z");
    }

    private long staff(String email) {
        return jdbc.sql("SELECT id FROM staff_user WHERE email = ?").param(email).query(Long.class).single();
    }

    private long entry(Long actorId, String actor, String action, String type, Long target, String at) {
        return jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor_id, actor, action, target_type, target_id, detail)
                VALUES (?, ?, ?, ?, ?, ?, 'audit page test') RETURNING id""")
                .params(java.sql.Timestamp.from(Instant.parse(at)), actorId, actor, action, type, target)
                .query(Long.class).single();
    }

    private List<Long> rows(String email, MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(user(accounts.loadUserByUsername(email))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher matcher = ROW.matcher(html);
        List<Long> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    @Test
    void supervisorSeesTheirTeamsEntriesAndNotAnotherTeams() throws Exception {
        List<Long> sams = rows("sam@example.org", get("/audit"));

        assertThat(sams).contains(carmenEntry, anaEntry, samEntry, oldEntry)
                .doesNotContain(olgaEntry, lakesideEntry, systemEntry);
        assertThat(rows("pat@example.org", get("/audit"))).contains(olgaEntry, lakesideEntry)
                .doesNotContain(carmenEntry, anaEntry, samEntry);
    }

    @Test
    void administratorSeesEverything() throws Exception {
        assertThat(rows("alex@example.org", get("/audit")))
                .contains(carmenEntry, olgaEntry, anaEntry, lakesideEntry, samEntry, systemEntry, oldEntry);
    }

    @Test
    void coachesMayNotReadTheAuditLog() throws Exception {
        mvc.perform(get("/audit").with(user(accounts.loadUserByUsername("carmen@example.org"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void filtersByActorActionTargetAndDates() throws Exception {
        assertThat(rows("alex@example.org", get("/audit").param("actor", "carmen")))
                .contains(carmenEntry, oldEntry).doesNotContain(olgaEntry, anaEntry);
        assertThat(rows("alex@example.org", get("/audit").param("action", "BREAK_GLASS")))
                .contains(anaEntry).doesNotContain(carmenEntry, lakesideEntry);
        assertThat(rows("alex@example.org", get("/audit").param("targetType", "plan_item").param("targetId", "6")))
                .contains(olgaEntry).doesNotContain(carmenEntry, oldEntry, anaEntry);
        // dates are the viewer's days (New York): 20 Nov 10:00-11:00 EST
        assertThat(rows("alex@example.org", get("/audit").param("from", "2026-11-20").param("to", "2026-11-20")))
                .contains(carmenEntry, olgaEntry).doesNotContain(anaEntry, oldEntry, samEntry);
        assertThat(rows("alex@example.org", get("/audit").param("to", "2026-10-31"))).contains(oldEntry)
                .doesNotContain(carmenEntry);
    }

    @Test
    void pagesFiftyEntriesNewestFirst() throws Exception {
        for (int i = 0; i < 55; i++) {
            entry(null, "system", "PAGING_TEST", "inbound_message", (long) i, "2026-11-01T12:00:00Z");
        }
        List<Long> first = rows("alex@example.org", get("/audit").param("action", "PAGING_TEST"));
        List<Long> second = rows("alex@example.org", get("/audit").param("action", "PAGING_TEST").param("page", "1"));

        assertThat(first).hasSize(50);
        assertThat(second).hasSizeGreaterThanOrEqualTo(5).doesNotContainAnyElementsOf(first);
    }
}
