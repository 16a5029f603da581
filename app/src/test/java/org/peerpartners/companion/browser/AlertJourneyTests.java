package org.peerpartners.companion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A coach finds an open safety alert, reads it, and acknowledges it with a follow-up note. */
@BrowserJourney
class AlertJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void coachAcknowledgesASafetyAlertWithAFollowUpNote() {
        long dee = Demo.participant(jdbc, "Dee", "carmen@demo.peerpartners.org");
        // an alert as the crisis screen raises it; the demo program starts without one
        Timestamp now = Timestamp.from(Instant.now());
        long message = jdbc.sql("""
                INSERT INTO inbound_message (channel, provider_id, sender_address, body, received_at, status, next_attempt_at)
                VALUES ('SANDBOX', 'journey-alert', 'journey-dee', 'I want to end it', ?, 'PROCESSED', ?) RETURNING id""")
                .params(now, now).query(Long.class).single();
        long alert = jdbc.sql("""
                INSERT INTO safety_alert (participant_id, inbound_message_id, matched, created_at)
                VALUES (?, ?, 'end it', ?) RETURNING id""").params(dee, message, now).query(Long.class).single();

        try (Browser browser = Browser.open(port, "safety-alert", "en")) {
            browser.signIn("carmen@demo.peerpartners.org");
            browser.go("/alerts");
            browser.screenshot("alerts-open");
            browser.find(By.cssSelector("li.alert-item.open[data-alert-id='" + alert + "'] a")).click();

            assertThat(browser.find(By.cssSelector("dd.matched")).getText()).isEqualTo("end it");
            assertThat(browser.find(By.cssSelector("a.participant-link")).getText()).isEqualTo("Dee");
            browser.screenshot("alert");
            browser.find(By.id("note")).sendKeys("Called Dee. She is safe and her sister is with her. We meet tomorrow.");
            browser.find(By.cssSelector(".acknowledge-form button")).click();

            assertThat(browser.find(By.cssSelector(".notice.saved")).getText()).isEqualTo("Saved.");
            assertThat(browser.find(By.cssSelector("dd.status")).getText()).contains("Acknowledged").contains("Coach Carmen");
            assertThat(browser.find(By.cssSelector("dd.follow-up-note")).getText()).contains("She is safe");
            browser.screenshot("alert-acknowledged");

            browser.go("/alerts");
            assertThat(browser.find(By.cssSelector("li[data-alert-id='" + alert + "']")).getAttribute("class"))
                    .contains("acknowledged");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'ACKNOWLEDGE_ALERT' AND target_id = ?")
                .param(alert).query(Long.class).single()).isEqualTo(1);
    }
}
