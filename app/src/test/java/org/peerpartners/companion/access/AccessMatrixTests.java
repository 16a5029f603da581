package org.peerpartners.companion.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peerpartners.companion.access.AccessMatrix.Line;
import org.peerpartners.companion.access.AccessMatrix.Rule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint of the app against the declared access matrix ({@link AccessMatrix}):
 * an endpoint nobody declared fails, and each declared one is called as anonymous, coach A,
 * coach B, A's supervisor, B's supervisor and an administrator, on A's record, B's record
 * and a missing one. Pages send anonymous callers to the login page, JSON under /api answers
 * 401; a role that may not use an endpoint gets 403; a record the caller may not see, or
 * that does not exist, answers 404; otherwise the call is allowed (for a write, a 2xx, 3xx or
 * 400 without a body counts as allowed). Writes without a CSRF token are refused, and every
 * HTML page carries the security headers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"companion.messaging.workers.enabled=false", "companion.demo.enabled=false"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    static final long MISSING = 999_999_999L;

    enum Who { ANONYMOUS, COACH_A, COACH_B, SUPERVISOR_A, SUPERVISOR_B, ADMIN }

    enum Case { OWN, OTHER, MISSING, NONE }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    org.peerpartners.companion.summary.PreGroupSummaryWriter summaries;

    @LocalServerPort
    int port;

    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Who, UserDetails> principals = new HashMap<>();
    private final Map<Who, String> bearerTokens = new HashMap<>();
    private AccessMatrix matrix;

    @BeforeAll
    void fixture() {
        assertThat(jdbc.sql("SELECT count(*) FROM staff_user").query(Long.class).single())
                .as("no accounts exist outside demo mode").isZero();
        String hash = new BCryptPasswordEncoder(4).encode("access matrix password");
        long program = id("INSERT INTO program (name, time_zone) VALUES ('Matrix', 'America/New_York') RETURNING id");
        long otherProgram = id("INSERT INTO program (name, time_zone) VALUES ('Elsewhere', 'UTC') RETURNING id");
        ids.put("programId", program);
        ids.put("admin", staff(program, "admin@matrix.test", "ADMIN", null, hash));
        ids.put("supervisorA", staff(program, "sup-a@matrix.test", "SUPERVISOR", null, hash));
        ids.put("supervisorB", staff(program, "sup-b@matrix.test", "SUPERVISOR", null, hash));
        ids.put("coachA", staff(program, "coach-a@matrix.test", "COACH", ids.get("supervisorA"), hash));
        ids.put("coachB", staff(program, "coach-b@matrix.test", "COACH", ids.get("supervisorB"), hash));
        ids.put("otherProgramStaff", staff(otherProgram, "someone@elsewhere.test", "ADMIN", null, hash));
        for (String side : new String[] {"A", "B"}) {
            long group = jdbc.sql("INSERT INTO peer_group (program_id, name, coach_id, time_zone) VALUES (?, ?, ?, 'America/New_York') RETURNING id")
                    .params(program, "Group " + side, ids.get("coach" + side)).query(Long.class).single();
            ids.put("group" + side, group);
            ids.put("participant" + side, jdbc.sql("""
                    INSERT INTO participant (group_id, first_name, time_zone, enrolled_on)
                    VALUES (?, ?, 'America/New_York', DATE '2026-09-01') RETURNING id""")
                    .params(group, "Member " + side).query(Long.class).single());
        }
        for (String statement : AccessMatrix.fixtureStatements()) {
            var spec = jdbc.sql(statement);
            for (var entry : ids.entrySet()) {
                if (statement.contains(":" + entry.getKey())) {
                    spec = spec.param(entry.getKey(), entry.getValue());
                }
            }
            spec.update();
        }
        // the summaries of the meetings summary.sql scheduled, built as the pre-group summary job does
        jdbc.sql("SELECT id FROM meeting WHERE group_id IN (:a, :b)").param("a", ids.get("groupA"))
                .param("b", ids.get("groupB")).query(Long.class).list()
                .forEach(meeting -> summaries.write(meeting, java.time.Instant.now()));
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                bearerTokens.put(who, apiToken(who));
            }
        }
        principals.put(Who.COACH_A, accounts.loadUserByUsername("coach-a@matrix.test"));
        principals.put(Who.COACH_B, accounts.loadUserByUsername("coach-b@matrix.test"));
        principals.put(Who.SUPERVISOR_A, accounts.loadUserByUsername("sup-a@matrix.test"));
        principals.put(Who.SUPERVISOR_B, accounts.loadUserByUsername("sup-b@matrix.test"));
        principals.put(Who.ADMIN, accounts.loadUserByUsername("admin@matrix.test"));
        matrix = AccessMatrix.load();
    }

    @Test
    void everyEndpointIsDeclaredInTheAccessMatrix() {
        Set<String> declared = new TreeSet<>();
        matrix.lines().forEach(line -> declared.add(line.key()));
        Set<String> undeclared = new TreeSet<>(endpoints());
        undeclared.removeAll(declared);

        assertThat(undeclared)
                .as("endpoints missing from admin-web/src/test/resources/access-matrix/*.txt (METHOD /path RULE)")
                .isEmpty();
        assertThat(matrix.lines().stream().map(Line::key).filter(key -> !endpoints().contains(key)).toList())
                .as("declared endpoints that do not exist (remove them)").isEmpty();
    }

    @Test
    void everyRoleGetsTheStatusTheRuleImplies() {
        List<String> problems = new ArrayList<>();
        for (Line line : matrix.lines()) {
            for (Who who : Who.values()) {
                for (Case which : cases(line)) {
                    MockHttpServletResponse response = call(line, who, which, true, problems);
                    if (response != null) {
                        String problem = check(line, who, which, response);
                        if (problem != null) {
                            problems.add(line.source() + " " + line.key() + " as " + who + " on " + which + ": " + problem);
                        }
                    }
                }
            }
        }
        assertThat(problems).as("access matrix violations").isEmpty();
    }

    @Test
    void writesWithoutACsrfTokenAreRefused() {
        List<String> problems = new ArrayList<>();
        for (Line line : matrix.lines()) {
            // the REST API takes bearer tokens only, never the session cookie: nothing for CSRF to forge
            if (line.rule() == Rule.SIGNED || !isWrite(line) || isBearerApi(line)) {
                continue;
            }
            for (Who who : new Who[] {Who.COACH_A, Who.SUPERVISOR_A, Who.ADMIN}) {
                Case which = cases(line).contains(Case.OWN) ? Case.OWN : Case.NONE;
                MockHttpServletResponse response = call(line, who, which, false, problems);
                if (response != null && response.getStatus() != 403) {
                    problems.add(line.key() + " as " + who + " without CSRF: " + response.getStatus());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyHtmlResponseCarriesTheSecurityHeaders() {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Line line : matrix.lines()) {
            if (isWrite(line)) {
                continue;
            }
            for (Who who : Who.values()) {
                Case which = cases(line).contains(Case.OWN) ? Case.OWN : Case.NONE;
                MockHttpServletResponse response = call(line, who, which, true, problems);
                if (response == null || response.getContentType() == null || !response.getContentType().startsWith("text/html")) {
                    continue;
                }
                pages++;
                String where = line.key() + " as " + who + ": ";
                header(response, "Content-Security-Policy", "frame-ancestors 'none'", where, problems);
                header(response, "Content-Security-Policy", "default-src 'self'", where, problems);
                header(response, "X-Frame-Options", "DENY", where, problems);
                header(response, "Referrer-Policy", "no-referrer", where, problems);
                header(response, "X-Content-Type-Options", "nosniff", where, problems);
                header(response, "Cache-Control", "no-store", where, problems);
            }
        }
        assertThat(pages).as("HTML pages seen").isPositive();
        assertThat(problems).isEmpty();
    }

    /** Over real HTTP, where the container sets the session cookie: its flags on every public page. */
    @Test
    void sessionCookiesOnPublicPagesAreHttpOnlyAndSameSite() throws Exception {
        var http = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        List<String> problems = new ArrayList<>();
        int cookies = 0;
        for (Line line : matrix.lines()) {
            if (line.rule() != Rule.PUBLIC || !line.method().equals("GET") || !line.variables().isEmpty()) {
                continue;
            }
            var response = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + line.path())).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                cookies++;
                if (!cookie.contains("HttpOnly") || !cookie.contains("SameSite=Lax")) {
                    problems.add(line.key() + " sets " + cookie);
                }
            }
        }
        assertThat(cookies).as("the login page starts a session").isPositive();
        assertThat(problems).isEmpty();
    }

    private static void header(MockHttpServletResponse response, String name, String expected, String where,
            List<String> problems) {
        String value = response.getHeader(name);
        if (value == null || !value.contains(expected)) {
            problems.add(where + name + " is " + value + ", expected " + expected);
        }
    }

    /** The REST API authenticates by bearer token (one per caller, with the caller's own role), not by session. */
    private static boolean isBearerApi(Line line) {
        return line.path().startsWith("/api/v1/");
    }

    private String apiToken(Who who) {
        String email = switch (who) {
            case COACH_A -> "coach-a@matrix.test";
            case COACH_B -> "coach-b@matrix.test";
            case SUPERVISOR_A -> "sup-a@matrix.test";
            case SUPERVISOR_B -> "sup-b@matrix.test";
            case ADMIN -> "admin@matrix.test";
            case ANONYMOUS -> throw new IllegalArgumentException("no token for anonymous callers");
        };
        String token = "matrix-" + who.name().toLowerCase(java.util.Locale.ROOT) + "-token-0123456789abcdef0123456789";
        try {
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            jdbc.sql("""
                    INSERT INTO api_token (staff_user_id, name, token_hash, role, created_at)
                    SELECT id, 'access matrix', :hash, role, now() FROM staff_user WHERE email = :email""")
                    .param("hash", hash).param("email", email).update();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    /** What the rule implies for this caller and record, checked against the response; null when it matches. */
    private String check(Line line, Who who, Case which, MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = status == 302 && location != null && location.matches("(https?://[^/]+)?/login(\\?.*)?");
        boolean api = line.path().startsWith("/api/");
        if (line.rule() == Rule.SIGNED) {
            return toLogin || status == 500 ? "a webhook must not ask for a staff login (got " + status + ")" : null;
        }
        if (line.rule() == Rule.PUBLIC) {
            return status == 401 || status == 403 || toLogin ? "a public endpoint must not ask for a login (got " + status + ")" : null;
        }
        if (who == Who.ANONYMOUS) {
            if (api) {
                return status == 401 ? null : "expected 401, got " + status;
            }
            return toLogin ? null : "expected a redirect to /login, got " + status + " " + location;
        }
        boolean roleAllowed = switch (line.rule()) {
            case SUPERVISOR -> who == Who.SUPERVISOR_A || who == Who.SUPERVISOR_B || who == Who.ADMIN;
            case ADMIN -> who == Who.ADMIN;
            default -> true;
        };
        if (!roleAllowed) {
            return status == 403 ? null : "expected 403, got " + status;
        }
        if (which == Case.MISSING || (which != Case.NONE && !sees(line.rule(), who, which == Case.OWN ? "A" : "B"))) {
            return status == 404 ? null : "expected 404, got " + status;
        }
        boolean allowed = status != 401 && status != 403 && status < 500 && !toLogin
                && (status != 404 || (which == Case.NONE && !line.variables().isEmpty()))
                && (isWrite(line) || status != 400);
        return allowed ? null : "expected it to be allowed, got " + status + (location != null ? " " + location : "");
    }

    /** Coach and supervisor of the record's side; administrators except for confidential records. */
    private static boolean sees(Rule rule, Who who, String side) {
        return switch (who) {
            case COACH_A, SUPERVISOR_A -> side.equals("A");
            case COACH_B, SUPERVISOR_B -> side.equals("B");
            case ADMIN -> rule != Rule.CONFIDENTIAL;
            case ANONYMOUS -> false;
        };
    }

    private Set<Case> cases(Line line) {
        boolean record = switch (line.rule()) {
            case GROUP, PARTICIPANT, CONFIDENTIAL, RECORD -> true;
            default -> false;
        };
        if (record && recordVariable(line) == null) {
            throw new IllegalArgumentException(line.source() + ": rule " + line.rule()
                    + " needs {groupId}, {participantId} or a var=@table.group_id|participant_id");
        }
        return record ? EnumSet.of(Case.OWN, Case.OTHER, Case.MISSING) : EnumSet.of(Case.NONE);
    }

    private static String recordVariable(Line line) {
        for (String name : line.variables()) {
            String value = line.values().getOrDefault(name, "");
            if (name.equals("groupId") || name.equals("participantId") || value.startsWith("@")
                    || value.contains("{groupId}") || value.contains("{participantId}")) {
                return name;
            }
        }
        return null;
    }

    private MockHttpServletResponse call(Line line, Who who, Case which, boolean withCsrf, List<String> problems) {
        String method = line.method().equals("*") ? "GET" : line.method();
        String path = line.path().replace("/**", "/x");
        Matcher matcher = AccessMatrix.VARIABLE.matcher(path);
        StringBuilder uri = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(uri, Matcher.quoteReplacement(value(line, matcher.group(1), which)));
        }
        matcher.appendTail(uri);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), uri.toString());
        if (!method.equals("GET") && !method.equals("HEAD")) {
            if (withCsrf) {
                request = request.with(csrf());
            }
            if (line.path().startsWith("/api/")) {
                request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (who != Who.ANONYMOUS && isBearerApi(line)) {
            request = request.header("Authorization", "Bearer " + bearerTokens.get(who));
        } else if (who != Who.ANONYMOUS) {
            request = request.with(user(principals.get(who)));
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            problems.add(line.source() + " " + line.key() + " as " + who + " on " + which + ": threw " + e);
            return null;
        }
    }

    private String value(Line line, String variable, Case which) {
        String side = which == Case.OTHER ? "B" : "A";
        String declared = line.values().get(variable);
        if (declared == null) {
            return switch (variable) {
                case "groupId", "participantId" -> which == Case.MISSING ? String.valueOf(MISSING)
                        : String.valueOf(ids.get(variable.replace("Id", "") + side));
                default -> throw new IllegalArgumentException(line.source() + ": give a value for {" + variable + "}");
            };
        }
        if (declared.startsWith("@")) {
            if (which == Case.MISSING) {
                return String.valueOf(MISSING);
            }
            String[] tableColumn = declared.substring(1).split("\\.");
            String owner = tableColumn[1].contains("participant") ? "participant" + side : "group" + side;
            return String.valueOf(jdbc.sql("SELECT id FROM " + tableColumn[0] + " WHERE " + tableColumn[1] + " = ? ORDER BY id LIMIT 1")
                    .param(ids.get(owner)).query(Long.class).optional()
                    .orElseThrow(() -> new IllegalStateException(line.source() + ": no " + tableColumn[0]
                            + " row for " + owner + "; insert one in access-matrix/<area>.sql")));
        }
        String groupId = which == Case.MISSING ? String.valueOf(MISSING) : String.valueOf(ids.get("group" + side));
        String participantId = which == Case.MISSING ? String.valueOf(MISSING) : String.valueOf(ids.get("participant" + side));
        return declared.replace("{groupId}", groupId).replace("{participantId}", participantId);
    }

    private static boolean isWrite(Line line) {
        return !line.method().equals("GET") && !line.method().equals("*") && !line.method().equals("HEAD");
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("*");
                }
                for (String pattern : info.getPatternValues()) {
                    methods.forEach(m -> endpoints.add(m + " " + pattern));
                }
            });
        }
        return endpoints;
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long staff(long program, String email, String role, Long supervisor, String hash) {
        return jdbc.sql("""
                INSERT INTO staff_user (program_id, email, display_name, password_hash, role, supervisor_id, time_zone)
                VALUES (?, ?, ?, ?, ?, ?, 'America/New_York') RETURNING id""")
                .params(program, email, email.replaceAll("@.*", ""), hash, role, supervisor).query(Long.class).single();
    }
}
