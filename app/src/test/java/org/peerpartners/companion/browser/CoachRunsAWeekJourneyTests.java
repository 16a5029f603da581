package org.peerpartners.companion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.peerpartners.companion.summary.PreGroupSummaryWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A group run end to end from the browser: Coach Carmen enrols Nora, writes down her first
 * plan item, tries the bot as her (she adds an item herself, then writes something that
 * raises a safety alert), reads the pre-group summary that includes Nora's week, and
 * handles the alert.
 */
@BrowserJourney
class CoachRunsAWeekJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PreGroupSummaryWriter summaries;

    @Test
    void coachEnrolsPlansReadsTheSummaryAndHandlesAnAlert() {
        try (Browser browser = Browser.open(port, "coach-runs-a-week", "en")) {
            browser.signIn("carmen@demo.peerpartners.org");

            // enrol
            browser.go("/");
            browser.find(By.cssSelector("#my-groups a[href^='/groups/']")).click();
            browser.find(By.id("enrol")).click();
            browser.find(By.id("firstName")).sendKeys("Nora");
            browser.find(By.cssSelector("form.enrol-form button[type=submit]")).click();
            browser.waitUntil(ExpectedConditions.urlMatches("/participants/\\d+/card$"));
            long nora = Long.parseLong(browser.path().split("/")[2]);
            browser.screenshot("card");

            // plan: the coach writes down the first item with her
            browser.go("/participants/" + nora);
            browser.find(By.id("plan-text")).sendKeys("Walk in the park with Ana");
            browser.find(By.cssSelector(".plan-item-form button[type=submit]")).click();
            assertThat(browser.find(By.cssSelector("#plans .notice.saved")).getText()).contains("item 1");
            browser.screenshot("plan");

            // the participant's side, in the sandbox: she adds an item, then writes words of crisis
            browser.go("/sandbox?participant=" + nora);
            assertThat(browser.find(By.cssSelector("#chat h2")).getText()).isEqualTo("Chatting as Nora");
            assertThat(browser.chat("ADD tue 6pm book club at the library", 1)).contains("book club");
            assertThat(browser.chat("PLAN", 2)).contains("1. Walk in the park").contains("2. book club");
            assertThat(browser.chat("i dont want to be alive anymore", 3)).contains("988");
            browser.screenshot("sandbox");

            // the pre-group summary, as the job builds it before the meeting
            long group = jdbc.sql("SELECT group_id FROM participant WHERE id = ?").param(nora).query(Long.class).single();
            long meeting = jdbc.sql("""
                    SELECT id FROM meeting WHERE group_id = ? AND status = 'SCHEDULED' AND starts_at > now()
                    ORDER BY starts_at LIMIT 1""").param(group).query(Long.class).single();
            jdbc.sql("DELETE FROM meeting_summary WHERE meeting_id = ?").param(meeting).update();
            summaries.write(meeting, Instant.now()).orElseThrow();
            browser.go("/summaries");
            browser.find(By.cssSelector("a[href^='/summaries/']")).click();
            var noraSection = browser.find(By.cssSelector("section.summary-person[data-participant-id='" + nora + "']"));
            assertThat(noraSection.getText()).contains("Nora").contains("book club at the library")
                    .contains("Safety alerts");
            browser.screenshot("summary");

            // the alert
            browser.go("/alerts");
            long alert = jdbc.sql("SELECT id FROM safety_alert WHERE participant_id = ?").param(nora)
                    .query(Long.class).single();
            browser.find(By.cssSelector("li.alert-item.open[data-alert-id='" + alert + "'] a")).click();
            browser.find(By.id("note")).sendKeys("Called Nora. She is safe with her brother tonight.");
            browser.find(By.cssSelector(".acknowledge-form button")).click();
            assertThat(browser.find(By.cssSelector("dd.status")).getText()).contains("Acknowledged");
            browser.screenshot("alert-handled");
        }
    }
}
