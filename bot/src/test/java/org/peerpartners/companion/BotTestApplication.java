package org.peerpartners.companion;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot configuration bot's tests start from. It sits in the base package so
 * core's components (outbox, consent ledger) are found as in the real app.
 */
@SpringBootApplication
public class BotTestApplication {
}
