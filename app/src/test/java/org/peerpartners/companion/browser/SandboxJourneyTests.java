package org.peerpartners.companion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Coaches try the bot as one of their demo participants, in English and in Spanish. */
@BrowserJourney
class SandboxJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void coachChatsAsAnEnglishSpeakingParticipant() {
        long ana = Demo.participant(jdbc, "Ana", "carmen@demo.peerpartners.org");
        try (Browser browser = Browser.open(port, "sandbox-en", "en")) {
            browser.signIn("carmen@demo.peerpartners.org");
            browser.go("/sandbox");
            new Select(browser.find(By.id("participant"))).selectByValue(String.valueOf(ana));
            browser.find(By.cssSelector(".persona-picker button")).click();
            assertThat(browser.find(By.cssSelector("#chat h2")).getText()).isEqualTo("Chatting as Ana");

            String reply = browser.chat("BUDGET", 1);
            assertThat(reply).contains("50");
            reply = browser.chat("HELP", 2);
            assertThat(reply).contains("988");
            browser.screenshot("chat-en");
        }
    }

    @Test
    void spanishSpeakingCoachChatsAsASpanishSpeakingParticipant() {
        long rosa = Demo.participant(jdbc, "Rosa", "luis@demo.peerpartners.org");
        try (Browser browser = Browser.open(port, "sandbox-es", "es")) {
            browser.signIn("luis@demo.peerpartners.org");
            browser.go("/sandbox?participant=" + rosa);
            assertThat(browser.find(By.cssSelector("#chat h2")).getText()).isEqualTo("Conversando como Rosa");

            String reply = browser.chat("METAS", 1);
            assertThat(reply).contains("Quiero un amigo");
            reply = browser.chat("AYUDA", 2);
            assertThat(reply).contains("988");
            browser.screenshot("chat-es");
        }
    }
}
