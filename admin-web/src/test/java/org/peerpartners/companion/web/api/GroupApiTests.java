package org.peerpartners.companion.web.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/** Groups through the API; each test starts its own group for Coach Carmen so the shared fixture stays as it is. */
@SpringBootTest
@AutoConfigureMockMvc
class GroupApiTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;

    ApiTokensForTests tokens;
    String carmen;

    @BeforeEach
    void setUp() {
        tokens = new ApiTokensForTests(apiTokens, jdbc);
        carmen = tokens.of("carmen@example.org");
    }

    @Test
    void anAdministratorAddsACoachAndGetsTheirInviteCode() throws Exception {
        call(post("/api/v1/coaches"), tokens.of("alex@example.org"), """
                {"email": "nina.%d@example.org", "displayName": "Coach Nina", "language": "es",
                 "supervisorId": %d}""".formatted(System.nanoTime(), tokens.staffId("sam@example.org")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.inviteCode").value(org.hamcrest.Matchers.matchesPattern("[2-9A-HJ-NP-Z]{8}")));
    }

    @Test
    void addingACoachNamesTheWrongFields() throws Exception {
        call(post("/api/v1/coaches"), tokens.of("alex@example.org"), """
                {"email": "carmen@example.org", "displayName": " ", "language": "fr", "timeZone": "Moon/Base"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(
                        containsInAnyOrder("email", "displayName", "language", "timeZone")));
    }

    @Test
    void aCoachStartsAGroupAndReadsItWithItsMeetings() throws Exception {
        long group = startGroup();

        call(get("/api/v1/groups/" + group), carmen, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("API Group"))
                .andExpect(jsonPath("$.coachName").value("Coach Carmen"))
                .andExpect(jsonPath("$.series.cadence").value("BIWEEKLY"))
                .andExpect(jsonPath("$.series.durationMinutes").value(90))
                .andExpect(jsonPath("$.upcomingMeetings", hasSize(4)))
                .andExpect(jsonPath("$.upcomingMeetings[0].startsAt").value("2026-12-02T23:30:00Z"));
        call(get("/api/v1/groups"), carmen, null)
                .andExpect(jsonPath("$[*].id").value(hasItem((int) group)))
                .andExpect(jsonPath("$[*].name").value(not(hasItem("Lakeside Group"))));
    }

    @Test
    void startingAGroupNamesMissingBlankAndWrongFields() throws Exception {
        call(post("/api/v1/groups"), carmen, """
                {"name": "  ", "timeZone": "Mars/Olympus", "firstStart": "soon", "cadence": "DAILY",
                 "durationMinutes": 5}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "coachId", "timeZone",
                        "firstStart", "cadence", "durationMinutes", "place")))
                .andExpect(jsonPath("$.errors[?(@.field == 'cadence')].message").value(hasItem("must be one of WEEKLY, BIWEEKLY")));
        call(post("/api/v1/groups"), carmen, """
                {"name": "G", "coachId": %d, "timeZone": "America/New_York", "firstStart": "2026-12-01T18:00",
                 "cadence": "WEEKLY", "place": "Hall"}""".formatted(tokens.staffId("olga@example.org")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("coachId"));
    }

    @Test
    void malformedJsonAndWrongTypesAre400Problems() throws Exception {
        call(post("/api/v1/groups"), carmen, "{\"name\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Malformed request body"));
        call(post("/api/v1/groups"), carmen, "{\"coachId\": \"carmen\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("coachId"));
    }

    @Test
    void unknownPathsWrongMethodsAndNonJsonBodiesAreProblemsToo() throws Exception {
        call(get("/api/v1/nothing-here"), carmen, null).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        call(post("/api/v1/groups/1/buddies"), carmen, "{}").andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/groups").header("Authorization", "Bearer " + carmen)
                        .contentType(MediaType.TEXT_PLAIN).content("name=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void anotherCoachsGroupAndAMissingGroupAreNotFound() throws Exception {
        long lakeside = tokens.groupId("Lakeside Group");
        for (var request : new MockHttpServletRequestBuilder[] {get("/api/v1/groups/" + lakeside),
                get("/api/v1/groups/" + lakeside + "/participants"),
                get("/api/v1/groups/" + lakeside + "/summaries/latest"), get("/api/v1/groups/999999"),
                get("/api/v1/groups/not-a-number")}) {
            call(request, carmen, null).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        call(post("/api/v1/groups/" + lakeside + "/participants"), carmen, "{\"firstName\": \"X\", \"language\": \"en\"}")
                .andExpect(status().isNotFound());
        call(put("/api/v1/groups/" + lakeside + "/buddies"), carmen, "{\"sets\": []}")
                .andExpect(status().isNotFound());
        // Sam supervises Carmen, not Olga; the administrator reads every group
        call(get("/api/v1/groups/" + lakeside), tokens.of("sam@example.org"), null).andExpect(status().isNotFound());
        call(get("/api/v1/groups/" + lakeside), tokens.of("alex@example.org"), null).andExpect(status().isOk());
    }

    @Test
    void enrolsParticipantsAndListsThem() throws Exception {
        long group = startGroup();
        long ana = enrol(group, "Ana");
        call(post("/api/v1/groups/" + group + "/participants"), carmen, """
                {"firstName": "Ben", "language": "es", "timeZone": "America/Chicago", "phone": "+15550142%03d",
                 "monthlyBudget": 40.00}""".formatted(System.nanoTime() % 1000))
                .andExpect(status().isCreated());

        call(get("/api/v1/groups/" + group + "/participants"), carmen, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].firstName").value(containsInAnyOrder("Ana", "Ben")))
                .andExpect(jsonPath("$[?(@.firstName == 'Ben')].timeZone").value(hasItem("America/Chicago")))
                .andExpect(jsonPath("$[?(@.firstName == 'Ana')].timeZone").value(hasItem("America/New_York")))
                .andExpect(jsonPath("$[?(@.firstName == 'Ana')].status").value(hasItem("INVITED")))
                .andExpect(jsonPath("$[?(@.firstName == 'Ana')].id").value(hasItem((int) ana)));
    }

    @Test
    void enrolmentNamesTheWrongFields() throws Exception {
        long group = startGroup();
        call(post("/api/v1/groups/" + group + "/participants"), carmen, """
                {"firstName": "", "language": "de", "timeZone": "UTC+2", "phone": "0800 123", "monthlyBudget": -5}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("firstName", "language", "timeZone",
                        "phone", "monthlyBudget")));
        call(post("/api/v1/groups/" + group + "/participants"), carmen, "{\"firstName\": \"Al\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("language")));
    }

    @Test
    void replacesBuddySets() throws Exception {
        long group = startGroup();
        long a = enrol(group, "Ana");
        long b = enrol(group, "Ben");
        long c = enrol(group, "Cy");
        long d = enrol(group, "Dee");
        long e = enrol(group, "Eve");

        call(put("/api/v1/groups/" + group + "/buddies"), carmen,
                "{\"sets\": [[%d, %d], [%d, %d, %d]]}".formatted(a, b, c, d, e))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sets", hasSize(2)))
                .andExpect(jsonPath("$.sets[1].members", hasSize(3)));
        call(put("/api/v1/groups/" + group + "/buddies"), carmen, "{\"sets\": [[%d, %d]]}".formatted(a, e))
                .andExpect(status().isOk());

        call(get("/api/v1/groups/" + group), carmen, null)
                .andExpect(jsonPath("$.buddySets", hasSize(1)))
                .andExpect(jsonPath("$.buddySets[0].members", containsInAnyOrder((int) a, (int) e)));
        call(get("/api/v1/participants/" + a), carmen, null).andExpect(jsonPath("$.buddies[0]").value((int) e));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM buddy_set WHERE group_id = ?")
                .param(group).query(Long.class).single()).as("ended sets are kept").isEqualTo(3);
    }

    @Test
    void buddySetsMustBePairsOrTriosOfThisGroupWithNobodyTwice() throws Exception {
        long group = startGroup();
        long a = enrol(group, "Ana");
        long b = enrol(group, "Ben");
        long c = enrol(group, "Cy");
        long d = enrol(group, "Dee");
        long stranger = tokens.participantId("Riverside Tuesday Group", "Ana");

        call(put("/api/v1/groups/" + group + "/buddies"), carmen,
                "{\"sets\": [[%d], [%d, %d, %d, %d], [%d, %d], [%d, %d]]}".formatted(a, a, b, c, d, b, stranger, c, b))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("sets[0]", "sets[1]", "sets[2][1]",
                        "sets[3][1]")))
                .andExpect(jsonPath("$.errors[?(@.field == 'sets[3][1]')].code").value(hasItem("in_two_sets")))
                .andExpect(jsonPath("$.errors[?(@.field == 'sets[2][1]')].code").value(hasItem("not_in_group")));
        call(put("/api/v1/groups/" + group + "/buddies"), carmen, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sets"));
    }

    @Test
    void latestSummaryIsNotFoundUntilOneIsBuiltThenTheNewestIsShown() throws Exception {
        long group = startGroup();
        call(get("/api/v1/groups/" + group + "/summaries/latest"), carmen, null).andExpect(status().isNotFound());
        List<Long> meetings = jdbc.sql("SELECT id FROM meeting WHERE group_id = ? ORDER BY starts_at LIMIT 2").param(group)
                .query(Long.class).list();
        long meeting = meetings.get(1);
        // built later, but for the earlier meeting: the latest meeting's summary is the one shown
        jdbc.sql("INSERT INTO meeting_summary (meeting_id, group_id, built_at, content) VALUES (?, ?, now() - interval '1 day', '{\"v\": 2, \"people\": []}'::jsonb)")
                .params(meeting, group).update();
        jdbc.sql("INSERT INTO meeting_summary (meeting_id, group_id, built_at, content) VALUES (?, ?, now(), '{\"v\": 1}'::jsonb)")
                .params(meetings.get(0), group).update();

        call(get("/api/v1/groups/" + group + "/summaries/latest"), carmen, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetingId").value((int) meeting))
                .andExpect(jsonPath("$.content.v").value(2))
                .andExpect(jsonPath("$.content.people").isArray());
    }

    private long startGroup() throws Exception {
        String body = call(post("/api/v1/groups"), carmen, """
                {"name": "API Group", "coachId": %d, "timeZone": "America/New_York", "firstStart": "2026-12-02T18:30",
                 "cadence": "biweekly", "place": "Library"}""".formatted(tokens.staffId("carmen@example.org")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private long enrol(long group, String name) throws Exception {
        String body = call(post("/api/v1/groups/" + group + "/participants"), carmen,
                "{\"firstName\": \"%s\", \"language\": \"en\"}".formatted(name))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inviteCode").isString())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }
}
