package org.peerpartners.companion.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole app on a random port with the demo program, for a browser to drive. All
 * journeys share one context (same properties), so the app starts once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"companion.demo.enabled=true",
        // the invite card's Telegram link and QR code; the bot module does not read this name
        "companion.telegram.bot-username=RiversideCompanionBot"})
@interface BrowserJourney {
}
