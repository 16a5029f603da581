package org.peerpartners.companion.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The dashboard, group, enrolment, card and activity page tests: one context of their own
 * (so their own database: these tests enrol people and pair buddies, which the group list
 * tests must not see), with an SMS number and a Telegram bot name for the invite card.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"companion.twilio.from=+17035550100", "companion.telegram.bot-username=RiversideCompanionBot"})
@AutoConfigureMockMvc
public @interface PagesWebTest {
}
