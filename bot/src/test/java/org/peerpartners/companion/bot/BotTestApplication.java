package org.peerpartners.companion.bot;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot configuration bot's tests start from. It lives in the bot package (so
 * tests find it before core's own test application, which is on the class path when the
 * reactor runs only up to the test phase), scans the core packages the pipeline uses, and
 * registers all of core's repositories, as the app's base-package scan does.
 */
@SpringBootApplication(scanBasePackages = {
        "org.peerpartners.companion.bot",
        "org.peerpartners.companion.messaging",
        "org.peerpartners.companion.consent",
        "org.peerpartners.companion.plan",
        "org.peerpartners.companion.audit",
        "org.peerpartners.companion.participant"})
@AutoConfigurationPackage(basePackages = "org.peerpartners.companion")
public class BotTestApplication {
}
