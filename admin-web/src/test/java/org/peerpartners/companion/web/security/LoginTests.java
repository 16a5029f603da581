package org.peerpartners.companion.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void loadStaff() {
        StaffFixture.load(jdbc);
    }

    @Test
    void coachSignsInWithEmailAndPassword() throws Exception {
        mvc.perform(formLogin().user("carmen@example.org").password(StaffFixture.PASSWORD))
                .andExpect(authenticated().withUsername("carmen@example.org").withRoles("COACH"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void emailIsMatchedWithoutRegardToCase() throws Exception {
        mvc.perform(formLogin().user("  Carmen@Example.ORG").password(StaffFixture.PASSWORD))
                .andExpect(authenticated().withRoles("COACH"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin().user("carmen@example.org").password("not her password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void unknownEmailIsRefusedTheSameWay() throws Exception {
        mvc.perform(formLogin().user("nobody@example.org").password(StaffFixture.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void disabledAccountIsRefused() throws Exception {
        mvc.perform(formLogin().user("dana@example.org").password(StaffFixture.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void accountWithoutPasswordCannotSignIn() throws Exception {
        mvc.perform(formLogin().user("nopassword@example.org").password(""))
                .andExpect(unauthenticated());
    }

    @Test
    void lockedAccountIsRefusedUntilTheLockEnds() throws Exception {
        jdbc.sql("UPDATE staff_user SET locked_until = TIMESTAMPTZ '2026-11-23T16:00:00Z' WHERE email = 'luis@example.org'")
                .update();
        try {
            mvc.perform(formLogin().user("luis@example.org").password(StaffFixture.PASSWORD))
                    .andExpect(unauthenticated());
            jdbc.sql("UPDATE staff_user SET locked_until = TIMESTAMPTZ '2026-11-23T14:00:00Z' WHERE email = 'luis@example.org'")
                    .update();
            mvc.perform(formLogin().user("luis@example.org").password(StaffFixture.PASSWORD))
                    .andExpect(authenticated());
        } finally {
            jdbc.sql("UPDATE staff_user SET locked_until = NULL WHERE email = 'luis@example.org'").update();
        }
    }

    @Test
    void afterSigningInTheWebSpeaksTheStaffMembersLanguage() throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin().user("luis@example.org").password(StaffFixture.PASSWORD))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();

        mvc.perform(get("/groups").session(session))
                .andExpect(content().string(Matchers.containsString("Próxima reunión")));
    }

    @Test
    void aLanguageChosenBeforeSigningInIsKept() throws Exception {
        var session = (MockHttpSession) mvc.perform(get("/login").param("lang", "en")).andReturn().getRequest().getSession();
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", "luis@example.org").param("password", StaffFixture.PASSWORD))
                .andExpect(authenticated());

        mvc.perform(get("/groups").session(session))
                .andExpect(content().string(Matchers.containsString("Next meeting")));
    }

    @Test
    void loginWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/login").param("username", "carmen@example.org").param("password", StaffFixture.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/groups"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageIsInEnglishOrSpanish() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sign in")));
        mvc.perform(get("/login").header("Accept-Language", "es-MX,es;q=0.9"))
                .andExpect(content().string(Matchers.containsString("Iniciar sesión")));
        mvc.perform(get("/login").param("lang", "es"))
                .andExpect(content().string(Matchers.containsString("Contraseña")));
        mvc.perform(get("/login").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(Matchers.containsString("Password")));
    }

    @Test
    void signingOutNeedsAPostWithCsrf() throws Exception {
        mvc.perform(post("/logout").with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
    }
}
