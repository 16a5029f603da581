package org.peerpartners.companion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserJourney
class SignInJourneyTests {

    @LocalServerPort
    int port;

    @Test
    void coachSignsInAndSeesOnlyTheirOwnGroup() {
        try (Browser browser = Browser.open(port, "sign-in", "en")) {
            browser.go("/groups");
            assertThat(browser.path()).isEqualTo("/login");
            browser.screenshot("login");

            browser.signIn("carmen@demo.peerpartners.org");
            browser.go("/groups");

            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Groups");
            assertThat(browser.text()).contains("Coach Carmen");
            browser.screenshot("groups");
        }
    }

    @Test
    void spanishSpeakingCoachReadsThePagesInSpanish() {
        try (Browser browser = Browser.open(port, "sign-in-es", "es")) {
            browser.go("/login");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Iniciar sesión");

            browser.signIn("luis@demo.peerpartners.org");
            browser.go("/groups");

            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Grupos");
            browser.screenshot("grupos");
        }
    }
}
