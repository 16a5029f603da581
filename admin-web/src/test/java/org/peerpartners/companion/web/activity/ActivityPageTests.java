package org.peerpartners.companion.web.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.PagesFixture;
import org.peerpartners.companion.web.PagesWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PagesWebTest
class ActivityPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void load() {
        PagesFixture.load(jdbc);
    }

    @Test
    void everyStaffMemberSeesTheirProgramsCatalogueOnly() throws Exception {
        for (String email : new String[] {"carmen@example.org", "sam@example.org", "alex@example.org"}) {
            String page = list(email, "");
            assertThat(page).contains("Walking club").contains("Free").contains("Bowling night")
                    .containsPattern("<p class=\"cost\">\\$\\d+\\.\\d{2}</p>")
                    .doesNotContain("Elsewhere book club");
        }
    }

    @Test
    void pricesReadTheSameInSpanish() throws Exception {
        String page = mvc.perform(get("/activities").param("lang", "es").with(as("carmen@example.org")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Gratis").containsPattern("<p class=\"cost\">\\$\\d+\\.\\d{2}</p>");
    }

    @Test
    void catalogueFiltersByInterest() throws Exception {
        assertThat(list("carmen@example.org", "games")).contains("Bowling night").doesNotContain("Walking club");
    }

    @Test
    void coachAddsAnActivityAndTheChangeIsAudited() throws Exception {
        mvc.perform(post("/activities").with(as("carmen@example.org")).with(csrf())
                        .param("name", "Community choir").param("cost", "0").param("place", "St. Mark's hall")
                        .param("schedule", "Mondays 7 pm").param("interests", "Music, singing, music"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/activities"));

        var row = jdbc.sql("SELECT id, array_to_string(interests, ',') AS tags FROM activity WHERE name = 'Community choir'")
                .query().singleRow();
        assertThat(row.get("tags")).isEqualTo("music,singing");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'CREATE_ACTIVITY' AND target_id = ?")
                .param(row.get("id")).query(Long.class).single()).isEqualTo(1);
        assertThat(list("carmen@example.org", "")).contains("Community choir").contains("St. Mark&#39;s hall");
    }

    @Test
    void mistakesAreShownOnTheForm() throws Exception {
        String page = mvc.perform(post("/activities").param("lang", "en").with(as("carmen@example.org")).with(csrf())
                        .param("name", "").param("cost", "-3"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Please enter a name").contains("Please enter a cost like 0, 3 or 8.50")
                .contains("value=\"-3\"");
    }

    @Test
    void supervisorChangesAnActivityAndCanTakeItOffTheList() throws Exception {
        long bowling = PagesFixture.activity(jdbc, "Bowling night");
        String form = mvc.perform(get("/activities/{id}/edit", bowling).with(as("sam@example.org")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"Bowling night\"").contains("value=\"8.50\"");

        mvc.perform(post("/activities/{id}", bowling).with(as("sam@example.org")).with(csrf())
                        .param("name", "Bowling night").param("cost", "9").param("interests", "games"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT active FROM activity WHERE id = ?").param(bowling).query(Boolean.class).single())
                .isFalse();
        assertThat(list("sam@example.org", "")).contains("Taken off the list");
        mvc.perform(post("/activities/{id}", bowling).with(as("sam@example.org")).with(csrf())
                        .param("name", "Bowling night").param("cost", "9").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'UPDATE_ACTIVITY' AND target_id = ?")
                .param(bowling).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anotherProgramsActivityIsNotThere() throws Exception {
        long elsewhere = PagesFixture.activity(jdbc, "Elsewhere book club");
        mvc.perform(get("/activities/{id}/edit", elsewhere).with(as("alex@example.org"))).andExpect(status().isNotFound());
        mvc.perform(post("/activities/{id}", elsewhere).with(as("alex@example.org")).with(csrf())
                .param("name", "Taken over").param("cost", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/activities/{id}/edit", 999_999).with(as("alex@example.org"))).andExpect(status().isNotFound());
    }

    private String list(String email, String interest) throws Exception {
        return mvc.perform(get("/activities").param("lang", "en").param("interest", interest).with(as(email)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(String email) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(email));
    }
}
