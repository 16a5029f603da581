package org.peerpartners.companion.web.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
class WebSecurityTests {

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
    void pagesCarrySecurityHeadersAndAreNotCached() throws Exception {
        mvc.perform(get("/groups").with(user(accounts.loadUserByUsername("carmen@example.org"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void stylesheetIsServedFromTheJarWithoutSigningIn() throws Exception {
        mvc.perform(get("/css/companion.css"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/css")));
    }

    @Test
    void webhooksNeitherNeedCsrfNorASession() throws Exception {
        // No controller here yet: reaching the dispatcher (404) rather than 401/403 shows the
        // chain lets the request through.
        mvc.perform(post("/webhooks/telegram").content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void healthIsOpenButOtherActuatorEndpointsNeedAnAdministrator() throws Exception {
        // Actuator itself lives in the app module; here only the access rules are under test.
        mvc.perform(get("/actuator/health")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/env").with(user(accounts.loadUserByUsername("carmen@example.org"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/env").with(user(accounts.loadUserByUsername("alex@example.org"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAnAdministratorReachesTheAdministratorApi() throws Exception {
        // The parked-message endpoints live in the bot module; here only the access rule is under test.
        // JSON endpoints answer 401 to a caller who has not signed in, instead of a login redirect.
        mvc.perform(get("/api/admin/parked-messages")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/parked-messages").with(user(accounts.loadUserByUsername("carmen@example.org"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/parked-messages").with(user(accounts.loadUserByUsername("alex@example.org"))))
                .andExpect(status().isNotFound());
    }
}
