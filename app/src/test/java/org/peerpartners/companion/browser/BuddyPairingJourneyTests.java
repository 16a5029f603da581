package org.peerpartners.companion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Coach Carmen re-pairs buddies with the plain form on her group page: one select per
 * member. Everyone stays paired (two people swap sets), so other journeys keep their data.
 */
@BrowserJourney
class BuddyPairingJourneyTests {

    @LocalServerPort
    int port;

    @Test
    void coachSwapsTwoPeopleBetweenBuddySets() {
        try (Browser browser = Browser.open(port, "pair-buddies", "en")) {
            browser.signIn("carmen@demo.peerpartners.org");
            browser.go("/groups");
            browser.find(By.cssSelector(".card.group .open a")).click();
            browser.find(By.id("buddies"));
            browser.screenshot("buddies-before");
            browser.tablet(true);
            browser.screenshot("group-on-a-tablet");
            browser.tablet(false);

            // A set of one is refused, with who would be alone, and nothing changes.
            List<WebElement> choices = browser.all(By.cssSelector(".buddy-choice"));
            WebElement first = choices.get(0);
            String firstName = first.findElement(By.tagName("label")).getText();
            int lastSet = new Select(first.findElement(By.tagName("select"))).getOptions().size() - 1;
            new Select(first.findElement(By.tagName("select"))).selectByValue(String.valueOf(lastSet));
            String setsBefore = browser.find(By.cssSelector("ol.buddy-sets")).getText();
            browser.find(By.cssSelector("form.buddy-form button[type=submit]")).click();
            assertThat(browser.find(By.cssSelector("#buddies .notice.error")).getText())
                    .contains("Set " + lastSet + " has only " + firstName);
            assertThat(browser.find(By.cssSelector("ol.buddy-sets")).getText()).isEqualTo(setsBefore);
            browser.screenshot("buddies-refused");

            // Swap the first person with someone from another set.
            browser.go("/groups/" + browser.find(By.cssSelector("main.group-page")).getAttribute("data-group-id"));
            choices = browser.all(By.cssSelector(".buddy-choice"));
            Select a = new Select(choices.get(0).findElement(By.tagName("select")));
            String aSet = a.getFirstSelectedOption().getAttribute("value");
            WebElement other = choices.stream()
                    .filter(c -> {
                        String set = new Select(c.findElement(By.tagName("select"))).getFirstSelectedOption()
                                .getAttribute("value");
                        return !set.isEmpty() && !set.equals(aSet);
                    })
                    .findFirst().orElseThrow();
            String otherName = other.findElement(By.tagName("label")).getText();
            Select b = new Select(other.findElement(By.tagName("select")));
            String bSet = b.getFirstSelectedOption().getAttribute("value");
            a.selectByValue(bSet);
            b.selectByValue(aSet);
            browser.find(By.cssSelector("form.buddy-form button[type=submit]")).click();

            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                    "Buddies are saved."));
            String firstSetOfA = browser.find(By.cssSelector("ol.buddy-sets")).findElements(By.tagName("li"))
                    .get(Integer.parseInt(bSet) - 1).getText();
            assertThat(firstSetOfA).contains(firstName).doesNotContain(otherName);
            browser.screenshot("buddies-saved");
        }
    }
}
