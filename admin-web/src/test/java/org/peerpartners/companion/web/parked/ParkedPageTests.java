package org.peerpartners.companion.web.parked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
class ParkedPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void loadStaff() {
        StaffFixture.load(jdbc);
    }

    @Test
    void administratorSeesParkedMessagesMaskedWithoutTheirText() throws Exception {
        long id = jdbc.sql("""
                INSERT INTO inbound_message (channel, provider_id, sender_address, body, received_at, status, attempts,
                                             next_attempt_at, last_error)
                VALUES ('SMS', 'parked-test-1', '+15559876543', 'my private words', TIMESTAMPTZ '2026-11-23T14:00:00Z',
                        'PARKED', 5, TIMESTAMPTZ '2026-11-23T14:00:00Z', 'IllegalStateException: boom') RETURNING id""")
                .query(Long.class).single();

        String page = mvc.perform(get("/admin/parked").with(user(accounts.loadUserByUsername("alex@example.org"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("***43").doesNotContain("+15559876543").doesNotContain("my private words")
                .contains("16 characters").contains("IllegalStateException: boom")
                .contains("Mon, Nov 23, 9:00 AM EST")
                .contains("data-replay-url=\"/api/admin/parked-messages/" + id + "/replay\"")
                .contains("<script src=\"/js/parked.js\" defer></script>");
    }

    @Test
    void coachesAndSupervisorsMayNotUseThePage() throws Exception {
        for (String email : new String[] {"carmen@example.org", "sam@example.org"}) {
            mvc.perform(get("/admin/parked").with(user(accounts.loadUserByUsername(email))))
                    .andExpect(status().isForbidden());
        }
    }
}
