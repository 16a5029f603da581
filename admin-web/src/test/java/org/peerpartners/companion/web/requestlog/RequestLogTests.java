package org.peerpartners.companion.web.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTests {

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
    void logsMethodPathTemplateStatusAndDurationButNoQueryString(CapturedOutput output) throws Exception {
        long carmen = jdbc.sql("SELECT id FROM staff_user WHERE email = 'carmen@example.org'").query(Long.class).single();
        mvc.perform(get("/groups").param("secret", "hunter2").with(user(accounts.loadUserByUsername("carmen@example.org"))));
        mvc.perform(get("/admin/users/" + carmen).param("token", "abc123").with(user(accounts.loadUserByUsername("alex@example.org"))));
        mvc.perform(get("/admin/users/" + carmen + "/nothing-here").param("token", "abc123"));

        assertThat(output.getOut())
                .containsPattern("GET /groups 200 \\d+ ms")
                .containsPattern("GET /admin/users/\\{staffId\\} 200 \\d+ ms")
                .containsPattern("GET /admin/users/\\{id\\}/nothing-here 302 \\d+ ms")
                .doesNotContain("hunter2").doesNotContain("abc123").doesNotContain("/admin/users/" + carmen);
    }
}
