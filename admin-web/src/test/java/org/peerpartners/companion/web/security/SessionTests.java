package org.peerpartners.companion.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

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
class SessionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecurityProperties properties;

    @BeforeEach
    void loadStaff() {
        StaffFixture.load(jdbc);
    }

    private MockHttpSession signIn() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                .param("username", "carmen@example.org").param("password", StaffFixture.PASSWORD));
        return session;
    }

    @Test
    void signingInGetsANewSessionId() throws Exception {
        var before = new MockHttpSession();
        String idBefore = before.getId();
        var after = (MockHttpSession) mvc.perform(post("/login").session(before).with(csrf())
                        .param("username", "carmen@example.org").param("password", StaffFixture.PASSWORD))
                .andReturn().getRequest().getSession();

        assertThat(after.getId()).isNotEqualTo(idBefore);
    }

    @Test
    void aSessionEndsTwelveHoursAfterSigningInHoweverActive() throws Exception {
        assertThat(properties.absoluteSessionTimeout()).isEqualTo(Duration.ofHours(12));
        var session = signIn();
        mvc.perform(get("/groups").session(session)).andExpect(status().isOk());

        session.setAttribute(SessionLimits.SIGNED_IN_AT, AdminWebTestApplication.NOW.minus(Duration.ofHours(12)).plusSeconds(1));
        mvc.perform(get("/groups").session(session)).andExpect(status().isOk());

        session.setAttribute(SessionLimits.SIGNED_IN_AT, AdminWebTestApplication.NOW.minus(Duration.ofHours(12)));
        mvc.perform(get("/groups").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void turningAnAccountOffEndsItsSessionAtOnce() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                .param("username", "olga@example.org").param("password", StaffFixture.PASSWORD));
        mvc.perform(get("/groups").session(session)).andExpect(status().isOk());
        try {
            jdbc.sql("UPDATE staff_user SET enabled = false WHERE email = 'olga@example.org'").update();

            mvc.perform(get("/groups").session(session)).andExpect(redirectedUrl("/login?expired"));
        } finally {
            jdbc.sql("UPDATE staff_user SET enabled = true WHERE email = 'olga@example.org'").update();
        }
    }

    @Test
    void anExpiredSessionGets401FromTheJsonApi() throws Exception {
        var session = signIn();
        session.setAttribute(SessionLimits.SIGNED_IN_AT, AdminWebTestApplication.NOW.minus(Duration.ofHours(13)));

        mvc.perform(get("/api/admin/parked-messages").session(session)).andExpect(status().isUnauthorized());
    }
}
