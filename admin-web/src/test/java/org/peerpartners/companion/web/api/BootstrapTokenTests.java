package org.peerpartners.companion.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "companion.api.bootstrap-token=" + BootstrapTokenTests.TOKEN)
@AutoConfigureMockMvc
class BootstrapTokenTests {

    static final String TOKEN = "bootstrap-0123456789abcdef0123456789abcdef";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired BootstrapToken bootstrap;

    @BeforeEach
    void setUp() {
        StaffFixture.load(jdbc);
        // each test starts from an install where the token was never presented
        jdbc.sql("DELETE FROM api_token WHERE token_hash = ?").param(ApiTokens.hash(TOKEN)).update();
    }

    @Test
    void theBootstrapTokenActsAsTheFirstAdministratorAndIsProvisionedOnce() throws Exception {
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + TOKEN)).andExpect(status().isOk());
        bootstrap.provisionAtStartup();
        mvc.perform(get("/api/v1/groups").header("Authorization", "Bearer " + TOKEN)).andExpect(status().isOk());

        var rows = jdbc.sql("""
                SELECT t.role, s.email FROM api_token t JOIN staff_user s ON s.id = t.staff_user_id
                WHERE t.token_hash = ?""").param(ApiTokens.hash(TOKEN)).query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("role", "ADMIN").containsEntry("email", "alex@example.org");
    }

    @Test
    void aRevokedBootstrapTokenStaysRevoked() throws Exception {
        mvc.perform(get("/api/v1/groups").header("Authorization", "Bearer " + TOKEN)).andExpect(status().isOk());
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = ?").param(ApiTokens.hash(TOKEN))
                .query(Long.class).single();
        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNoContent());

        bootstrap.provisionAtStartup();
        mvc.perform(get("/api/v1/groups").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aShortBootstrapTokenIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ApiProperties("too-short"))
                .hasMessageContaining("at least 32");
    }
}
