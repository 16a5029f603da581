package org.peerpartners.companion.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.program.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;

    ApiTokensForTests tokens;

    @BeforeEach
    void setUp() {
        tokens = new ApiTokensForTests(apiTokens, jdbc);
    }

    @Test
    void withoutATokenTheApiAnswers401ProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/groups"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/groups").header("Authorization", "Basic YWxleDp4"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownOrRevokedTokenAnswers401() throws Exception {
        mvc.perform(get("/api/v1/groups").header("Authorization", "Bearer ppc_not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Unauthorized"));
        String token = tokens.of("carmen@example.org");
        mvc.perform(get("/api/v1/groups").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        long id = jdbc.sql("SELECT id FROM api_token ORDER BY id DESC LIMIT 1").query(Long.class).single();
        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + tokens.of("alex@example.org")))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/groups").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void onlyTheHashIsStoredAndUseIsRecorded() throws Exception {
        String token = tokens.of("sam@example.org");
        mvc.perform(get("/api/v1/alerts").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        var row = jdbc.sql("SELECT token_hash, last_used_at IS NOT NULL AS used FROM api_token WHERE token_hash = ?")
                .param(ApiTokens.hash(token)).query().singleRow();
        assertThat(token).startsWith("ppc_").hasSizeGreaterThan(40);
        assertThat(row.get("token_hash")).isNotEqualTo(token);
        assertThat(row.get("used")).isEqualTo(true);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash LIKE 'ppc_%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void administratorsIssueListAndRevokeTokensThroughTheApi() throws Exception {
        String admin = "Bearer " + tokens.of("alex@example.org");
        String body = mvc.perform(post("/api/v1/tokens").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"staffId\": %d, \"name\": \"reporting\", \"role\": \"COACH\"}"
                                .formatted(tokens.staffId("luis@example.org"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(containsString("ppc_")))
                .andReturn().getResponse().getContentAsString();
        String issued = JsonPath.read(body, "$.token");
        Integer id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/tokens").header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(hasItem("reporting")))
                .andExpect(content().string(not(containsString(issued))));
        mvc.perform(get("/api/v1/groups").header("Authorization", "Bearer " + issued))
                .andExpect(jsonPath("$[*].name").value(hasItem("Grupo Esperanza")));
        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", admin)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/groups").header("Authorization", "Bearer " + issued))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/tokens/999999").header("Authorization", admin)).andExpect(status().isNotFound());
    }

    @Test
    void aTokenIsNeverIssuedAboveItsOwnersRole() throws Exception {
        mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + tokens.of("alex@example.org"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"staffId\": %d, \"name\": \"\", \"role\": \"ADMIN\"}"
                                .formatted(tokens.staffId("carmen@example.org"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "role")));
    }

    @Test
    void onlyAdminTokensManageTokensAndCoaches() throws Exception {
        String coach = "Bearer " + tokens.of("carmen@example.org");
        mvc.perform(get("/api/v1/tokens").header("Authorization", coach)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/coaches").header("Authorization", coach).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        // an administrator's token issued for the COACH role acts as a coach
        String narrowed = "Bearer " + tokens.of("alex@example.org", Role.COACH);
        mvc.perform(get("/api/v1/tokens").header("Authorization", narrowed)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/groups/" + tokens.groupId("Riverside Tuesday Group")).header("Authorization", narrowed))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/groups").header("Authorization", narrowed))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void aSignedInSessionIsNoApiCredential() throws Exception {
        mvc.perform(get("/api/v1/groups").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("alex@example.org").roles("ADMIN")))
                .andExpect(status().isUnauthorized());
    }
}
