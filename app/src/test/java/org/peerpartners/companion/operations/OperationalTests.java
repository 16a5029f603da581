package org.peerpartners.companion.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app as operated: JSON logs when asked for (here ECS, as COMPANION_LOG_FORMAT=ecs
 * sets), a request line per HTTP request, the actuator behind an administrator except
 * health, the session cookie's flags, and no staff accounts unless the demo is on.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "logging.structured.format.console=ecs")
@ExtendWith(OutputCaptureExtension.class)
class OperationalTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyRequestIsLoggedAsOneJsonLineWithoutTheQueryString(CapturedOutput output) throws Exception {
        get("/login?lang=es&token=s3cr3t-value");

        JsonNode line = output.getOut().lines().filter(l -> l.startsWith("{") && l.contains("RequestLog"))
                .map(JSON::readTree)
                .filter(node -> node.toString().contains("/login"))
                .findFirst().orElseThrow(() -> new AssertionError("no JSON request line in:\n" + output.getOut()));
        assertThat(line.path("message").asString()).matches("GET /login 200 \\d+ ms");
        assertThat(line.path("url").path("path").asString()).isEqualTo("/login");
        assertThat(line.path("http").path("request").path("method").asString()).isEqualTo("GET");
        assertThat(line.path("http").path("response").path("status_code").asInt()).isEqualTo(200);
        assertThat(line.path("event").path("duration_ms").isNumber()).isTrue();
        assertThat(line.toString()).doesNotContain("s3cr3t-value").doesNotContain("lang=es");
        assertThat(line.has("@timestamp")).isTrue();
        assertThat(output.getOut()).doesNotContain("s3cr3t-value");
    }

    @Test
    void healthIsOpenWithoutDetailsAndTheRestOfTheActuatorNeedsAnAdministrator() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP").doesNotContain("components");

        for (String endpoint : new String[] {"/actuator/info", "/actuator/metrics", "/actuator/prometheus", "/actuator"}) {
            HttpResponse<String> response = get(endpoint);
            assertThat(response.statusCode()).as(endpoint).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(endpoint)
                    .hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void thereAreNoStaffAccountsWhenTheDemoIsNotOn() {
        // The test database is an external one (spring.datasource.url is set), so the demo is off by default.
        assertThat(jdbc.sql("SELECT count(*) FROM staff_user").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM program").query(Long.class).single()).isZero();
    }
}
