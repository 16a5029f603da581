package org.peerpartners.companion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peerpartners.companion.demo.DemoLogins;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The whole app on a fresh database with the demo program, over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "companion.demo.enabled=true")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class CompanionApplicationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scheduler quartz;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthIsUpOverHttpWithoutDetailsForAnonymousCallers() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");
    }

    @Test
    void otherActuatorEndpointsAreNotOpen() throws Exception {
        HttpResponse<String> prometheus = get("/actuator/prometheus");

        assertThat(prometheus.statusCode()).isEqualTo(302);
        assertThat(prometheus.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    }

    @Test
    void loginPageIsServedWithItsStylesheet() throws Exception {
        assertThat(get("/login").body()).contains("/css/companion.css");
        assertThat(get("/css/companion.css").statusCode()).isEqualTo(200);
    }

    @Test
    void missingPageGetsThePlainLanguageErrorPage() throws Exception {
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/css/no-such-file.css"))
                .header("Accept", "text/html").header("Accept-Language", "es").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No encontramos esa página.").doesNotContain("Whitelabel");
    }

    @Test
    void demoCoachSeesOnlyHerGroupAndTheSupervisorSeesBoth() throws Exception {
        assertThat(groupsPage("carmen@demo.peerpartners.org"))
                .contains("Riverside Tuesday Group").doesNotContain("Grupo Esperanza");
        assertThat(groupsPage("luis@demo.peerpartners.org"))
                .contains("Grupo Esperanza").doesNotContain("Riverside Tuesday Group");
        assertThat(groupsPage("sam@demo.peerpartners.org"))
                .contains("Grupo Esperanza", "Riverside Tuesday Group", "Coach Carmen", "Coach Luis");
    }

    @Test
    void readyMessageGivesTheAddressAndTheDemoLogins(CapturedOutput output) {
        assertThat(output.getAll())
                .contains("Peer Partners Companion is ready: http://localhost:" + port + "/")
                .contains(DemoLogins.PASSWORD)
                .contains("carmen@demo.peerpartners.org", "luis@demo.peerpartners.org", "sam@demo.peerpartners.org",
                        "admin@demo.peerpartners.org")
                .containsPattern("invite code [A-Z2-9]{8}");
    }

    @Test
    void demoProgramWasLoadedAtStartUp() {
        assertThat(jdbc.sql("SELECT count(*) FROM staff_user WHERE role = 'COACH'").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM participant GROUP BY group_id").query(Long.class).list())
                .hasSize(2).allSatisfy(members -> assertThat(members).isBetween(10L, 12L));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (SELECT buddy_set_id FROM buddy_member GROUP BY buddy_set_id HAVING count(*) = 3) trios""")
                .query(Long.class).single()).as("one trio per group").isEqualTo(2);
    }

    @Test
    void everyDemoLoginSignsIn() throws Exception {
        for (DemoLogins.Login login : DemoLogins.ALL) {
            mvc.perform(formLogin().user(login.email()).password(DemoLogins.PASSWORD))
                    .andExpect(authenticated().withRoles(login.role()));
        }
    }

    private String groupsPage(String email) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/groups").with(user(accounts.loadUserByUsername(email))))
                .andReturn().getResponse().getContentAsString();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void quartzRunsTheSchedulersJobsOnTheClusteredDatabaseJobStore() throws Exception {
        var metaData = quartz.getMetaData();

        assertThat(metaData.isJobStoreSupportsPersistence()).isTrue();
        assertThat(metaData.isJobStoreClustered()).isTrue();
        assertThat(metaData.isInStandbyMode()).as("the app runs the scheduler's jobs").isFalse();
        assertThat(quartz.getJobKeys(org.quartz.impl.matchers.GroupMatcher.anyJobGroup()))
                .extracting(org.quartz.JobKey::getName)
                .contains("due-message-sweep", "planning", "nightly-planning", "housekeeping", "pre-group-summary");
    }
}
