package org.peerpartners.companion.web.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class GroupListTests {

    private static final Pattern GROUP_NAME = Pattern.compile("<h2>([^<]+)</h2>");

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
    void coachSeesOnlyTheirOwnGroup() throws Exception {
        assertThat(groupsSeenBy("carmen@example.org")).containsExactly("Riverside Tuesday Group");
        assertThat(groupsSeenBy("luis@example.org")).containsExactly("Grupo Esperanza");
    }

    @Test
    void supervisorSeesTheGroupsOfTheCoachesTheySupervise() throws Exception {
        assertThat(groupsSeenBy("sam@example.org")).containsExactly("Grupo Esperanza", "Riverside Tuesday Group");
        assertThat(groupsSeenBy("pat@example.org")).containsExactly("Lakeside Group");
    }

    @Test
    void administratorSeesEveryGroup() throws Exception {
        assertThat(groupsSeenBy("alex@example.org"))
                .containsExactly("Grupo Esperanza", "Lakeside Group", "Riverside Tuesday Group");
    }

    @Test
    void eachGroupShowsCoachMembersAndNextMeetingInLocalTime() throws Exception {
        String page = page("carmen@example.org", "en");

        assertThat(page).contains("Coach Carmen");
        assertThat(page).contains("<dd class=\"members\">3</dd>"); // Eve has left the group
        assertThat(page).contains("Tue, Nov 24, 6:00 PM EST").contains("Riverside Library, Room B");
    }

    @Test
    void meetingTimeFollowsTheChosenLanguage() throws Exception {
        String page = page("carmen@example.org", "es");

        assertThat(page).contains("Próxima reunión").contains("24 de nov").contains("18:00");
    }

    @Test
    void groupWithoutAScheduledMeetingSaysSo() throws Exception {
        assertThat(page("luis@example.org", "en")).contains("Not scheduled yet");
    }

    private List<String> groupsSeenBy(String email) throws Exception {
        var matcher = GROUP_NAME.matcher(page(email, "en"));
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private String page(String email, String language) throws Exception {
        return mvc.perform(get("/groups").param("lang", language).with(user(accounts.loadUserByUsername(email))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
