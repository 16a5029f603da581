package org.peerpartners.companion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A coach opens a participant's confidential intake, records an interview, and the view is in the audit log. */
@BrowserJourney
class IntakeJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void coachOpensTheConfidentialTabAndTheViewIsAudited() {
        long ana = Demo.participant(jdbc, "Ana", "carmen@demo.peerpartners.org");
        long viewsBefore = intakeViews(ana);
        try (Browser browser = Browser.open(port, "intake", "en")) {
            browser.signIn("carmen@demo.peerpartners.org");
            browser.go("/participants/" + ana);
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Ana");
            browser.screenshot("participant");

            browser.find(By.cssSelector("a.intake-link")).click();
            assertThat(browser.find(By.cssSelector(".notice.confidential")).getText()).contains("Every view is logged");
            assertThat(intakeViews(ana)).isEqualTo(viewsBefore + 1);

            browser.find(By.cssSelector("input[name=kind][value=FOLLOW_UP]")).click();
            for (String indicator : new String[] {"HAVE_FRIENDS", "SAFE", "USE_ENVIRONMENTS"}) {
                browser.find(By.cssSelector("input[name=outcomes][value=" + indicator + "]")).click();
            }
            browser.find(By.cssSelector("input[name=supports][value=HAVE_FRIENDS]")).click();
            browser.find(By.id("hospitalStays")).sendKeys("1");
            browser.find(By.id("erVisits")).sendKeys("2");
            browser.find(By.id("notes")).sendKeys("Goes to the art class every week now.");
            browser.find(By.cssSelector(".interview-form button[type=submit]")).click();
            browser.find(By.cssSelector(".notice.saved, .notice.error, h1"));
            browser.screenshot("after-save");

            assertThat(browser.find(By.cssSelector(".notice.saved")).getText()).isEqualTo("Interview saved.");
            assertThat(browser.text()).contains("Goes to the art class every week now.").contains("3 of 21");
            browser.screenshot("intake-recorded");
        }
        var latest = jdbc.sql("""
                SELECT actor, detail FROM audit_log WHERE action = 'VIEW_INTAKE' AND target_type = 'participant'
                  AND target_id = ? ORDER BY id DESC LIMIT 1""").param(ana).query().singleRow();
        assertThat(latest.get("actor")).isEqualTo("Coach Carmen");
        assertThat(intakeViews(ana)).isEqualTo(viewsBefore + 2); // opened, then shown again after saving
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'RECORD_INTERVIEW'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void administratorSeesTheIntakeOnlyAfterABreakGlass() {
        long ana = Demo.participant(jdbc, "Ana", "carmen@demo.peerpartners.org");
        try (Browser browser = Browser.open(port, "break-glass", "en")) {
            browser.signIn("admin@demo.peerpartners.org");
            browser.go("/participants/" + ana + "/intake");
            assertThat(browser.text()).contains("We could not find that page.");

            browser.go("/participants/" + ana);
            browser.find(By.cssSelector("a.intake-link")).click();
            browser.find(By.id("reason")).sendKeys("Ana's hospital called and needs her history now.");
            browser.screenshot("break-glass-form");
            browser.find(By.cssSelector("form button[type=submit]:not(.link)")).click();

            assertThat(browser.find(By.cssSelector(".break-glass-active")).getText()).contains("break-glass");
            browser.screenshot("intake-after-break-glass");
        }
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'BREAK_GLASS' AND target_id = ? ORDER BY id DESC LIMIT 1")
                .param(ana).query(String.class).single()).contains("hospital called");
    }

    private long intakeViews(long participant) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'VIEW_INTAKE' AND target_id = ?")
                .param(participant).query(Long.class).single();
    }
}
