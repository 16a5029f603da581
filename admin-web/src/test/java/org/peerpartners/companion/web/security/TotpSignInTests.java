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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

/** With authenticator apps required for supervisors and administrators. */
@SpringBootTest(properties = "companion.security.require-totp-for-supervisors-and-admins=true")
@AutoConfigureMockMvc
class TotpSignInTests {

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

    @Test
    void supervisorSetsUpAnAuthenticatorAppThenNeedsItsCodeToSignIn() throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin().user("pat@example.org").password(StaffFixture.PASSWORD))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/account/totp"))
                .andReturn().getRequest().getSession();

        mvc.perform(get("/groups").session(session)).andExpect(redirectedUrl("/account/totp"));
        mvc.perform(get("/account/totp").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your role must use an authenticator app")));
        mvc.perform(get("/account/totp/qr.png").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        String secret = (String) session.getAttribute(AccountController.PENDING_SECRET);

        mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That code did not match")));
        mvc.perform(post("/account/totp").session(session).with(csrf())
                        .param("code", Totp.codeAt(secret, AdminWebTestApplication.NOW)))
                .andExpect(redirectedUrl("/account?totpOn"));
        mvc.perform(get("/groups").session(session)).andExpect(status().isOk());

        long pat = jdbc.sql("SELECT id FROM staff_user WHERE email = 'pat@example.org'").query(Long.class).single();
        assertThat(credentials.totpSecret(pat)).contains(secret);
        byte[] stored = jdbc.sql("SELECT totp_secret FROM staff_user WHERE id = ?").param(pat).query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).as("encrypted at rest").doesNotContain(secret);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'TOTP_ENABLED' AND target_id = ?").param(pat)
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/login").with(csrf()).param("username", "pat@example.org").param("password", StaffFixture.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(post("/login").with(csrf()).param("username", "pat@example.org").param("password", StaffFixture.PASSWORD)
                        .param("code", "123456"))
                .andExpect(unauthenticated());
        mvc.perform(post("/login").with(csrf()).param("username", "pat@example.org").param("password", "wrong password")
                        .param("code", Totp.codeAt(secret, AdminWebTestApplication.NOW)))
                .andExpect(unauthenticated());
        mvc.perform(post("/login").with(csrf()).param("username", "pat@example.org").param("password", StaffFixture.PASSWORD)
                        .param("code", Totp.codeAt(secret, AdminWebTestApplication.NOW)))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/"));
        // a code works once; the next step's code still works
        mvc.perform(post("/login").with(csrf()).param("username", "pat@example.org").param("password", StaffFixture.PASSWORD)
                        .param("code", Totp.codeAt(secret, AdminWebTestApplication.NOW)))
                .andExpect(unauthenticated());
        mvc.perform(post("/login").with(csrf()).param("username", "pat@example.org").param("password", StaffFixture.PASSWORD)
                        .param("code", Totp.codeAt(secret, AdminWebTestApplication.NOW.plusSeconds(30))))
                .andExpect(authenticated());
    }

    @Test
    void aRequiredAuthenticatorAppCannotBeRemoved() throws Exception {
        long alex = jdbc.sql("SELECT id FROM staff_user WHERE email = 'alex@example.org'").query(Long.class).single();
        String secret = Totp.newSecret();
        credentials.setTotpSecret(alex, secret);
        var session = (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", "alex@example.org")
                        .param("password", StaffFixture.PASSWORD).param("code", Totp.codeAt(secret, AdminWebTestApplication.NOW)))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();

        mvc.perform(post("/account/totp/remove").session(session).with(csrf())
                        .param("code", Totp.codeAt(secret, AdminWebTestApplication.NOW)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be removed")));
        assertThat(credentials.totpSecret(alex)).contains(secret);
    }

    @Test
    void coachesAreNotAskedForAnAuthenticatorApp() throws Exception {
        mvc.perform(formLogin().user("carmen@example.org").password(StaffFixture.PASSWORD))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/"));
    }
}
