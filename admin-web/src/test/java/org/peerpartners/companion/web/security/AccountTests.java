package org.peerpartners.companion.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.AdminWebTestApplication;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AccountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffCredentials credentials;

    @BeforeEach
    void loadStaff() {
        StaffFixture.load(jdbc);
    }

    private MockHttpSession signIn(String email, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(email).password(password))
                .andExpect(authenticated()).andReturn().getRequest().getSession();
    }

    @Test
    void coachChangesHerPasswordAndSignsInWithTheNewOne() throws Exception {
        var session = signIn("luis@example.org", StaffFixture.PASSWORD);
        long luis = jdbc.sql("SELECT id FROM staff_user WHERE email = 'luis@example.org'").query(Long.class).single();
        try {
            mvc.perform(post("/account/password").session(session).with(csrf()).param("current", StaffFixture.PASSWORD)
                            .param("password", "maple canoe harbor light").param("repeat", "maple canoe harbor light"))
                    .andExpect(redirectedUrl("/account?passwordChanged="));

            mvc.perform(formLogin().user("luis@example.org").password(StaffFixture.PASSWORD)).andExpect(unauthenticated());
            mvc.perform(formLogin().user("luis@example.org").password("maple canoe harbor light")).andExpect(authenticated());
            assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PASSWORD_CHANGED' AND target_id = ?")
                    .param(luis).query(Long.class).single()).isEqualTo(1);
        } finally {
            credentials.setPassword(luis, StaffFixture.PASSWORD);
        }
    }

    @Test
    void aWeakNewPasswordIsRefusedWithAReason() throws Exception {
        var session = signIn("carmen@example.org", StaffFixture.PASSWORD);

        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", StaffFixture.PASSWORD)
                        .param("password", "short").param("repeat", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The password needs at least 12 characters.")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", StaffFixture.PASSWORD)
                        .param("password", "password12345").param("repeat", "password12345"))
                .andExpect(content().string(containsString("on a list of common passwords")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", "not my password")
                        .param("password", "maple canoe harbor light").param("repeat", "maple canoe harbor light"))
                .andExpect(content().string(containsString("The current password is not right.")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", StaffFixture.PASSWORD)
                        .param("password", "maple canoe harbor light").param("repeat", "maple canoe harbor lite"))
                .andExpect(content().string(containsString("The two new passwords are not the same.")));
        mvc.perform(formLogin().user("carmen@example.org").password(StaffFixture.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void coachMaySetUpAndRemoveAnAuthenticatorAppWhenNotRequired() throws Exception {
        var session = signIn("olga@example.org", StaffFixture.PASSWORD);
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not set up.")));
        mvc.perform(get("/account/totp").session(session)).andExpect(status().isOk());
        String secret = (String) session.getAttribute(AccountController.PENDING_SECRET);
        mvc.perform(post("/account/totp").session(session).with(csrf())
                        .param("code", Totp.codeAt(secret, AdminWebTestApplication.NOW)))
                .andExpect(redirectedUrl("/account?totpOn"));

        mvc.perform(post("/account/totp/remove").session(session).with(csrf()).param("code", "000000"))
                .andExpect(content().string(containsString("That code did not match")));
        mvc.perform(post("/account/totp/remove").session(session).with(csrf())
                        .param("code", Totp.codeAt(secret, AdminWebTestApplication.NOW)))
                .andExpect(redirectedUrl("/account?totpOff"));
        mvc.perform(formLogin().user("olga@example.org").password(StaffFixture.PASSWORD)).andExpect(authenticated());
    }
}
