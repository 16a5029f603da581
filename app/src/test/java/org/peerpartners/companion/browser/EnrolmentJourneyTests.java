package org.peerpartners.companion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Coach Carmen enrols someone new from her dashboard and prints their invite card. */
@BrowserJourney
class EnrolmentJourneyTests {

    @LocalServerPort
    int port;

    @Test
    void coachEnrolsAParticipantAndPrintsTheirCard() throws Exception {
        try (Browser browser = Browser.open(port, "enrol-and-print", "en")) {
            browser.signIn("carmen@demo.peerpartners.org");
            browser.go("/");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Home");
            browser.screenshot("dashboard");
            browser.tablet(true);
            browser.screenshot("dashboard-on-a-tablet");
            browser.tablet(false);

            browser.find(By.cssSelector("#my-groups a[href^='/groups/']")).click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("members")));
            browser.screenshot("group");

            browser.find(By.id("enrol")).click();
            browser.find(By.id("firstName")).sendKeys("Rosa");
            browser.find(By.cssSelector("input[name=language][value=es]")).click();
            browser.find(By.id("phone")).sendKeys("12345");
            browser.find(By.cssSelector("form.enrol-form button[type=submit]")).click();
            assertThat(browser.find(By.cssSelector(".notice.error")).getText())
                    .contains("Please write the number with + and the country code");
            browser.screenshot("enrol-mistake");

            browser.find(By.id("phone")).clear();
            browser.find(By.id("monthlyBudget")).clear();
            browser.find(By.id("monthlyBudget")).sendKeys("25");
            browser.find(By.cssSelector("form.enrol-form button[type=submit]")).click();

            browser.waitUntil(ExpectedConditions.urlMatches("/participants/\\d+/card$"));
            String code = browser.find(By.id("invite-code")).getText();
            assertThat(code).matches("[2-9A-HJ-NP-Z]{8}");
            assertThat(browser.text()).contains("Invite card for Rosa").contains("¡Hola, Rosa!")
                    .contains("https://t.me/RiversideCompanionBot?start=" + code);
            WebElement qr = browser.find(By.id("qr"));
            browser.waitUntil(driver -> (Boolean) ((JavascriptExecutor) driver)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
            assertThat(((Number) ((JavascriptExecutor) browser.driver())
                    .executeScript("return arguments[0].naturalWidth", qr)).intValue()).isEqualTo(320);
            browser.screenshot("card");
            browser.tablet(true);
            browser.screenshot("card-on-a-tablet");
            browser.tablet(false);

            // "Print": what the printer gets (no navigation, no buttons), as PDF and as a screenshot
            var pdf = ((org.openqa.selenium.PrintsPage) browser.driver()).print(new PrintOptions());
            Files.write(browser.screenshotDirectory().resolve("card.pdf"), Base64.getDecoder().decode(pdf.getContent()));
            browser.emulatePrint(true);
            assertThat(browser.driver().findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElement(By.id("print")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElement(By.id("invite-code")).isDisplayed()).isTrue();
            browser.screenshot("card-printed");
            browser.emulatePrint(false);
        }
    }

    @Test
    void theEnrolledPersonAppearsInTheGroupAsInvited() {
        try (Browser browser = Browser.open(port, "enrolled-member", "es")) {
            browser.signIn("carmen@demo.peerpartners.org");
            browser.go("/groups?lang=es"); // Carmen reads English; she switches
            browser.find(By.cssSelector(".card.group .open a")).click();
            browser.find(By.id("enrol")).click();
            browser.find(By.id("firstName")).sendKeys("Tomás");
            new Select(browser.find(By.id("timeZone"))).selectByValue("America/Chicago");
            browser.find(By.cssSelector("form.enrol-form button[type=submit]")).click();
            browser.waitUntil(ExpectedConditions.urlMatches("/participants/\\d+/card$"));
            browser.find(By.linkText("Volver al grupo")).click();

            WebElement row = browser.find(By.xpath("//table[@class='members']//tr[td/a[text()='Tomás']]"));
            assertThat(row.getText()).contains("Invitado, aún no se une").contains("Aún no conectado");
            browser.screenshot("grupo");

            browser.find(By.cssSelector("nav.main-nav a[href='/activities']")).click();
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Actividades");
            assertThat(browser.all(By.cssSelector(".card.activity"))).isNotEmpty();
            browser.screenshot("actividades");
        }
    }
}
