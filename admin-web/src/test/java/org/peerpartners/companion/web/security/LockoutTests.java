package org.peerpartners.companion.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.AdminWebTestApplication;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LockoutTests {

    private static final String OLGA = "olga@example.org";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void loadStaff() {
        StaffFixture.load(jdbc);
        unlockOlga();
    }

    @AfterEach
    void unlockOlga() {
        jdbc.sql("UPDATE staff_user SET failed_logins = 0, locked_until = NULL WHERE email = ?").param(OLGA).update();
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForFifteenMinutes() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin().user(OLGA).password("not her password " + attempt)).andExpect(unauthenticated());
        }

        mvc.perform(formLogin().user(OLGA).password(StaffFixture.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        OffsetDateTime lockedUntil = jdbc.sql("SELECT locked_until FROM staff_user WHERE email = ?").param(OLGA)
                .query(OffsetDateTime.class).single();
        assertThat(lockedUntil.withOffsetSameInstant(ZoneOffset.UTC).toInstant())
                .isEqualTo(AdminWebTestApplication.NOW.plusSeconds(15 * 60));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_log a JOIN staff_user s ON s.id = a.target_id
                WHERE a.action = 'ACCOUNT_LOCKED' AND a.target_type = 'staff_user' AND s.email = ?""")
                .param(OLGA).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(OLGA).password("wrong " + attempt)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(OLGA).password(StaffFixture.PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin().user(OLGA).password("wrong again")).andExpect(unauthenticated());

        mvc.perform(formLogin().user(OLGA).password(StaffFixture.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void theMessageIsTheSameForAWrongPasswordALockedAccountAndAnUnknownEmail() throws Exception {
        jdbc.sql("UPDATE staff_user SET locked_until = ? WHERE email = ?")
                .params(AdminWebTestApplication.NOW.plusSeconds(600).atOffset(ZoneOffset.UTC), OLGA).update();

        String locked = mvc.perform(formLogin().user(OLGA).password(StaffFixture.PASSWORD))
                .andReturn().getResponse().getRedirectedUrl();
        String unknown = mvc.perform(formLogin().user("nobody-here@example.org").password(StaffFixture.PASSWORD))
                .andReturn().getResponse().getRedirectedUrl();
        String wrong = mvc.perform(formLogin().user("carmen@example.org").password("not it at all"))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(locked).isEqualTo(unknown).isEqualTo(wrong).isEqualTo("/login?error");
        mvc.perform(get(locked))
                .andExpect(content().string(Matchers.containsString("After 5 failed tries in a row an account is locked for 15 minutes.")));
        jdbc.sql("UPDATE staff_user SET failed_logins = 0 WHERE email = 'carmen@example.org'").update();
    }
}
