package org.peerpartners.companion.web.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.StaffFixture;
import org.peerpartners.companion.web.security.StaffCredentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class UsersPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    StaffCredentials credentials;

    @BeforeEach
    void loadStaff() {
        StaffFixture.load(jdbc);
    }

    private RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    private long id(String email) {
        return jdbc.sql("SELECT id FROM staff_user WHERE email = ?").param(email).query(Long.class).single();
    }

    private long audits(String action, long target) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND target_type = 'staff_user' AND target_id = ?")
                .params(action, target).query(Long.class).single();
    }

    @Test
    void onlyAdministratorsUseTheUsersPage() throws Exception {
        mvc.perform(get("/admin/users").with(as("alex@example.org")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("carmen@example.org")))
                .andExpect(content().string(containsString("Coach Without Password")));
        mvc.perform(get("/admin/users").with(as("sam@example.org"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(as("carmen@example.org"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/" + id("carmen@example.org")).with(as("sam@example.org"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/999999").with(as("alex@example.org"))).andExpect(status().isNotFound());
    }

    @Test
    void administratorAddsACoachWithASupervisorWhoCanThenSignIn() throws Exception {
        long sam = id("sam@example.org");
        mvc.perform(post("/admin/users").with(as("alex@example.org")).with(csrf())
                        .param("email", "nina@example.org").param("displayName", "Coach Nina").param("role", "COACH")
                        .param("supervisorId", String.valueOf(sam)).param("language", "es")
                        .param("timeZone", "America/Chicago").param("password", "violet kettle north pier"))
                .andExpect(redirectedUrlPattern("/admin/users/*?created"));

        long nina = id("nina@example.org");
        assertThat(jdbc.sql("SELECT supervisor_id FROM staff_user WHERE id = ?").param(nina).query(Long.class).single())
                .isEqualTo(sam);
        assertThat(audits("USER_CREATED", nina)).isEqualTo(1);
        mvc.perform(formLogin().user("nina@example.org").password("violet kettle north pier"))
                .andExpect(authenticated().withRoles("COACH"));
    }

    @Test
    void badNewUsersAreRefusedWithReasons() throws Exception {
        mvc.perform(post("/admin/users").with(as("alex@example.org")).with(csrf())
                        .param("email", "carmen@example.org").param("displayName", "Another Carmen").param("role", "COACH")
                        .param("language", "en").param("timeZone", "America/New_York").param("password", "password"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A user with that email already exists.")))
                .andExpect(content().string(containsString("A coach needs a supervisor.")))
                .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post("/admin/users").with(as("alex@example.org")).with(csrf())
                        .param("email", "not-an-email").param("displayName", "X").param("role", "KING")
                        .param("language", "en").param("timeZone", "Mars/Base").param("password", "violet kettle north pier"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please fill in every field correctly.")));
    }

    @Test
    void administratorChangesARoleTurnsAnAccountOffAndOnAndResetsPasswordAndAuthenticator() throws Exception {
        long luis = id("luis@example.org");
        long pat = id("pat@example.org");
        try {
            mvc.perform(post("/admin/users/" + luis + "/role").with(as("alex@example.org")).with(csrf())
                            .param("role", "COACH").param("supervisorId", String.valueOf(pat)))
                    .andExpect(redirectedUrlPattern("/admin/users/*?saved"));
            assertThat(jdbc.sql("SELECT supervisor_id FROM staff_user WHERE id = ?").param(luis).query(Long.class).single())
                    .isEqualTo(pat);
            assertThat(audits("ROLE_CHANGED", luis)).isEqualTo(1);

            mvc.perform(post("/admin/users/" + luis + "/enabled").with(as("alex@example.org")).with(csrf()).param("enabled", "false"))
                    .andExpect(redirectedUrlPattern("/admin/users/*?saved"));
            mvc.perform(formLogin().user("luis@example.org").password(StaffFixture.PASSWORD)).andExpect(unauthenticated());
            mvc.perform(post("/admin/users/" + luis + "/enabled").with(as("alex@example.org")).with(csrf()).param("enabled", "true"));
            mvc.perform(formLogin().user("luis@example.org").password(StaffFixture.PASSWORD)).andExpect(authenticated());
            assertThat(audits("USER_DISABLED", luis)).isEqualTo(1);
            assertThat(audits("USER_ENABLED", luis)).isEqualTo(1);

            jdbc.sql("UPDATE staff_user SET failed_logins = 5, locked_until = TIMESTAMPTZ '2026-11-23T16:00:00Z' WHERE id = ?")
                    .param(luis).update();
            mvc.perform(get("/admin/users/" + luis).with(as("alex@example.org")))
                    .andExpect(content().string(containsString("Locked")));
            mvc.perform(post("/admin/users/" + luis + "/password").with(as("alex@example.org")).with(csrf())
                            .param("password", "copper meadow silent drum"))
                    .andExpect(redirectedUrlPattern("/admin/users/*?saved"));
            mvc.perform(formLogin().user("luis@example.org").password("copper meadow silent drum")).andExpect(authenticated());
            assertThat(audits("PASSWORD_RESET", luis)).isEqualTo(1);

            credentials.setTotpSecret(luis, "JBSWY3DPEHPK3PXP");
            mvc.perform(post("/admin/users/" + luis + "/totp/reset").with(as("alex@example.org")).with(csrf()))
                    .andExpect(redirectedUrlPattern("/admin/users/*?saved"));
            assertThat(credentials.totpSecret(luis)).isEmpty();
            assertThat(audits("TOTP_RESET", luis)).isEqualTo(1);
        } finally {
            jdbc.sql("UPDATE staff_user SET supervisor_id = ?, enabled = true WHERE id = ?").params(id("sam@example.org"), luis).update();
            credentials.setPassword(luis, StaffFixture.PASSWORD);
        }
    }

    @Test
    void administratorCannotTurnOffOrDemoteThemselves() throws Exception {
        long alex = id("alex@example.org");
        mvc.perform(post("/admin/users/" + alex + "/enabled").with(as("alex@example.org")).with(csrf()).param("enabled", "false"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You cannot turn off or change the role of your own account.")));
        mvc.perform(post("/admin/users/" + alex + "/role").with(as("alex@example.org")).with(csrf()).param("role", "COACH"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT role FROM staff_user WHERE id = ?").param(alex).query(String.class).single()).isEqualTo("ADMIN");
    }

    @Test
    void aWeakResetPasswordIsRefused() throws Exception {
        mvc.perform(post("/admin/users/" + id("olga@example.org") + "/password").with(as("alex@example.org")).with(csrf())
                        .param("password", "letmein123456"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("common passwords")));
    }
}
