package org.peerpartners.companion.web.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;

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

/** A participant's records through the API; now is Monday 23 November 2026, 10:00 in New York. */
@SpringBootTest
@AutoConfigureMockMvc
class ParticipantApiTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;

    ApiTokensForTests tokens;
    String carmen;
    long participant;

    @BeforeEach
    void setUp() throws Exception {
        tokens = new ApiTokensForTests(apiTokens, jdbc);
        carmen = tokens.of("carmen@example.org");
        // a group and participant of Carmen's own, so the shared fixture stays as it is
        String started = call(post("/api/v1/groups"), carmen, """
                {"name": "Plan Group", "coachId": %d, "timeZone": "America/New_York", "firstStart": "2026-12-02T18:30",
                 "cadence": "WEEKLY", "place": "Library"}""".formatted(tokens.staffId("carmen@example.org")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long group = ((Number) JsonPath.read(started, "$.id")).longValue();
        String body = call(post("/api/v1/groups/" + group + "/participants"), carmen,
                "{\"firstName\": \"Pia\", \"language\": \"en\", \"monthlyBudget\": 50}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        participant = ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void readsTheProfile() throws Exception {
        call(get("/api/v1/participants/" + participant), carmen, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Pia"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.monthlyBudget").value(50.0))
                .andExpect(jsonPath("$.currency").value("USD"));
    }

    @Test
    void addsPlanItemsWithNumbersAndShowsThisWeeksPlan() throws Exception {
        call(post("/api/v1/participants/" + participant + "/plan-items"), carmen,
                "{\"text\": \"Free concert in the park\", \"at\": \"2026-11-28T14:00\", \"estimatedCost\": 0}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1));
        String second = call(post("/api/v1/participants/" + participant + "/plan-items"), carmen,
                "{\"text\": \"Coffee with a buddy\", \"estimatedCost\": 4.5}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(2))
                .andReturn().getResponse().getContentAsString();
        long item = ((Number) JsonPath.read(second, "$.id")).longValue();
        jdbc.sql("INSERT INTO check_in (plan_item_id, outcome, confidence, created_at) VALUES (?, 'PARTLY', 7, ?)")
                .params(item, Timestamp.from(Instant.parse("2026-11-23T14:00:00Z"))).update();

        call(get("/api/v1/participants/" + participant + "/plan"), carmen, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weekStart").value("2026-11-23"))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].plannedOn").value("2026-11-28"))
                .andExpect(jsonPath("$.items[0].plannedTime").value("14:00:00"))
                .andExpect(jsonPath("$.items[1].estimatedCost").value(4.5))
                .andExpect(jsonPath("$.items[1].checkIns[0].outcome").value("PARTLY"))
                .andExpect(jsonPath("$.items[1].checkIns[0].confidence").value(7));
    }

    @Test
    void planItemsNeedTextATimeThisWeekAndASensibleCost() throws Exception {
        call(post("/api/v1/participants/" + participant + "/plan-items"), carmen,
                "{\"text\": \" \", \"at\": \"2026-12-24T10:00\", \"estimatedCost\": 1.234}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("text", "at", "estimatedCost")));
        call(post("/api/v1/participants/" + participant + "/plan-items"), carmen, "{\"text\": \"x\", \"at\": \"noon\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("at"));
    }

    @Test
    void budgetShowsThisMonthsAllowanceSpentAndLeft() throws Exception {
        jdbc.sql("""
                INSERT INTO spending_entry (participant_id, month, amount, description, spent_at)
                VALUES (?, DATE '2026-11-01', 12.25, 'bus fare', ?)""")
                .params(participant, Timestamp.from(Instant.parse("2026-11-20T15:00:00Z"))).update();

        call(get("/api/v1/participants/" + participant + "/budget"), carmen, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2026-11"))
                .andExpect(jsonPath("$.currency").value("USD"))
                .andExpect(jsonPath("$.allowance").value(50.0))
                .andExpect(jsonPath("$.spent").value(12.25))
                .andExpect(jsonPath("$.left").value(37.75));
    }

    @Test
    void anotherCoachsParticipantAndAMissingOneAreNotFound() throws Exception {
        String olga = tokens.of("olga@example.org");
        for (String path : new String[] {"", "/plan", "/budget"}) {
            call(get("/api/v1/participants/" + participant + path), olga, null).andExpect(status().isNotFound());
            call(get("/api/v1/participants/999999" + path), carmen, null).andExpect(status().isNotFound());
        }
        call(post("/api/v1/participants/" + participant + "/plan-items"), olga, "{\"text\": \"x\"}")
                .andExpect(status().isNotFound());
        call(get("/api/v1/participants/" + participant), tokens.of("sam@example.org"), null)
                .andExpect(status().isOk());
    }

    @Test
    void alertsListOnlyOpenAlertsOfTheCallersGroups() throws Exception {
        long lakeside = tokens.groupId("Lakeside Group");
        long olgasPerson = jdbc.sql("""
                INSERT INTO participant (group_id, first_name, time_zone, enrolled_on)
                VALUES (?, 'Quinn', 'America/New_York', DATE '2026-09-01') RETURNING id""")
                .param(lakeside).query(Long.class).single();
        jdbc.sql("INSERT INTO safety_alert (participant_id, matched, created_at) VALUES (?, 'open alert', now())")
                .param(participant).update();
        jdbc.sql("INSERT INTO safety_alert (participant_id, matched, created_at, acknowledged_at) VALUES (?, 'handled', now(), now())")
                .param(participant).update();
        jdbc.sql("INSERT INTO safety_alert (participant_id, matched, created_at) VALUES (?, 'other group', now())")
                .param(olgasPerson).update();

        call(get("/api/v1/alerts"), carmen, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].matched").value(hasItem("open alert")))
                .andExpect(jsonPath("$[*].matched").value(not(hasItem("handled"))))
                .andExpect(jsonPath("$[*].matched").value(not(hasItem("other group"))));
        call(get("/api/v1/alerts"), tokens.of("olga@example.org"), null)
                .andExpect(jsonPath("$[*].matched").value(hasItem("other group")))
                .andExpect(jsonPath("$[*].matched").value(not(hasItem("open alert"))));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }
}
