package org.peerpartners.companion.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {"companion.bootstrap-admin.email=first.admin@example.org",
        "companion.bootstrap-admin.password=granite orchard velvet compass",
        "companion.bootstrap-admin.program=Peer Partners Springfield",
        "companion.bootstrap-admin.time-zone=America/Denver"})
@AutoConfigureMockMvc
class BootstrapAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffCredentials credentials;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    org.peerpartners.companion.audit.AuditLog audit;

    @Test
    void theFirstAdministratorComesFromTheEnvironmentAndCanSignIn() throws Exception {
        assertThat(jdbc.sql("SELECT name || ' ' || time_zone FROM program").query(String.class).list())
                .containsExactly("Peer Partners Springfield America/Denver");
        assertThat(jdbc.sql("SELECT role FROM staff_user WHERE email = 'first.admin@example.org'").query(String.class).single())
                .isEqualTo("ADMIN");
        mvc.perform(formLogin().user("first.admin@example.org").password("granite orchard velvet compass"))
                .andExpect(authenticated().withRoles("ADMIN"));
    }

    @Test
    void anExistingAccountIsNeverChangedAndAWeakPasswordStopsStartUp() {
        var again = new BootstrapAdmin(new MockEnvironment()
                .withProperty("companion.bootstrap-admin.email", "FIRST.admin@example.org")
                .withProperty("companion.bootstrap-admin.password", "another long passphrase here"),
                jdbc, credentials, policy, audit);
        again.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("SELECT count(*) FROM staff_user").query(Long.class).single()).isEqualTo(1);

        var weak = new BootstrapAdmin(new MockEnvironment()
                .withProperty("companion.bootstrap-admin.email", "second@example.org")
                .withProperty("companion.bootstrap-admin.password", "password"),
                jdbc, credentials, policy, audit);
        assertThatThrownBy(() -> weak.run(new DefaultApplicationArguments()))
                .hasMessageContaining("COMPANION_BOOTSTRAP_ADMIN_PASSWORD");
    }
}
