package org.peerpartners.companion.web.enrolment;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How a participant can join, for the invite card: the program's SMS number and the
 * Telegram bot's username. The bot module owns these settings ({@code companion.twilio.from},
 * {@code companion.telegram.bot-username}); the admin web may not depend on it, so it
 * reads the same property names here.
 */
@Component
class JoinChannels {

    /** A Twilio sender can also be a Messaging Service SID ({@code MG...}), which nobody can text. */
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{7,14}");
    /** Telegram usernames: 5–32 letters, digits and underscores. */
    private static final Pattern BOT_USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{4,31}");

    private final Environment environment;

    JoinChannels(Environment environment) {
        this.environment = environment;
    }

    /** The E.164 number participants text their code to, when SMS runs from a plain number. */
    Optional<String> smsNumber() {
        return Optional.ofNullable(environment.getProperty("companion.twilio.from")).map(String::strip)
                .filter(from -> PHONE.matcher(from).matches());
    }

    /** {@code https://t.me/<bot>?start=<code>}: opens the bot and sends {@code /start <code>}. */
    Optional<String> telegramLink(String code) {
        return Optional.ofNullable(environment.getProperty("companion.telegram.bot-username")).map(String::strip)
                .map(name -> name.startsWith("@") ? name.substring(1) : name)
                .filter(name -> BOT_USERNAME.matcher(name).matches())
                .map(name -> "https://t.me/" + name + "?start=" + code);
    }
}
