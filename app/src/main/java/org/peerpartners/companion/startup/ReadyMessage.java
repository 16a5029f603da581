package org.peerpartners.companion.startup;

import java.util.List;
import java.util.Locale;

import org.peerpartners.companion.demo.DemoDataLoader;
import org.peerpartners.companion.demo.DemoLogins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Logs one block when the app is ready: where to open it and, in demo mode, how to sign in.
 * The demo password is printed on purpose (see {@link DemoLogins}); no other secret is.
 */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    private final Environment environment;
    private final DemoDataLoader demo;

    ReadyMessage(Environment environment, DemoDataLoader demo) {
        this.environment = environment;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info(text());
    }

    String text() {
        String port = environment.getProperty("local.server.port");
        var text = new StringBuilder("\n\n  Peer Partners Companion is ready");
        if (port != null) {
            text.append(": http://localhost:").append(port).append('/');
        }
        text.append('\n');
        List<DemoLogins.Login> logins = demo.loginsToShow();
        if (!logins.isEmpty()) {
            text.append("\n  Demo mode: sample program, sample people. Sign in with password \"")
                    .append(DemoLogins.PASSWORD).append("\" as:\n");
            for (DemoLogins.Login login : logins) {
                text.append(String.format("    %-30s %s (%s)%n", login.email(), login.role().toLowerCase(Locale.ROOT),
                        login.displayName()));
            }
            demo.sampleInviteCode().ifPresent(code -> text.append("  Try the bot as participant Ana with invite code ")
                    .append(code).append('\n'));
        }
        return text.toString();
    }
}
