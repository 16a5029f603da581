package org.peerpartners.companion.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class TokenPageTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService accounts;

    UserDetails alex;

    @BeforeEach
    void setUp() {
        StaffFixture.load(jdbc);
        alex = accounts.loadUserByUsername("alex@example.org");
    }

    @Test
    void anAdministratorIssuesATokenThatIsShownOnceAndWorks() throws Exception {
        long luis = jdbc.sql("SELECT id FROM staff_user WHERE email = 'luis@example.org'").query(Long.class).single();
        String page = mvc.perform(post("/admin/tokens").with(user(alex)).with(csrf())
                        .param("staffId", String.valueOf(luis)).param("name", "Luis's reports").param("role", "COACH"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("Luis&#39;s reports")))
                .andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("<code class=\"token\">(ppc_[A-Za-z0-9_-]+)</code>").matcher(page);
        assertThat(token.find()).isTrue();

        mvc.perform(get("/api/v1/groups").header("Authorization", "Bearer " + token.group(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grupo Esperanza")));
        mvc.perform(get("/admin/tokens").with(user(alex)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Luis&#39;s reports")))
                .andExpect(content().string(not(containsString(token.group(1)))));
    }

    @Test
    void revokingFromThePageStopsTheToken() throws Exception {
        long carmen = jdbc.sql("SELECT id FROM staff_user WHERE email = 'carmen@example.org'").query(Long.class).single();
        String page = mvc.perform(post("/admin/tokens").with(user(alex)).with(csrf())
                        .param("staffId", String.valueOf(carmen)).param("name", "to revoke").param("role", "COACH"))
                .andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("<code class=\"token\">(ppc_[A-Za-z0-9_-]+)</code>").matcher(page);
        assertThat(token.find()).isTrue();
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = ?").param(ApiTokens.hash(token.group(1)))
                .query(Long.class).single();

        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(user(alex)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(user(alex)).with(csrf()))
                .andExpect(redirectedUrl("/admin/tokens"));
        mvc.perform(get("/api/v1/groups").header("Authorization", "Bearer " + token.group(1)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aRoleAboveTheStaffMembersOwnIsRefusedWithAMessage() throws Exception {
        long carmen = jdbc.sql("SELECT id FROM staff_user WHERE email = 'carmen@example.org'").query(Long.class).single();
        mvc.perform(post("/admin/tokens").with(user(alex)).with(csrf()).header("Accept-Language", "es")
                        .param("staffId", String.valueOf(carmen)).param("name", "too much").param("role", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un token no puede tener un rol más alto")))
                .andExpect(content().string(not(containsString("class=\"token\""))));
    }

    @Test
    void onlyAdministratorsUseThePage() throws Exception {
        mvc.perform(get("/admin/tokens").with(user(accounts.loadUserByUsername("sam@example.org"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/tokens")).andExpect(status().is3xxRedirection());
    }
}
