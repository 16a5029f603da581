package org.peerpartners.companion.bot.conversation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.peerpartners.companion.bot.conversation.Context.Person;
import org.peerpartners.companion.bot.conversation.Effect.Button;
import org.peerpartners.companion.bot.conversation.Effect.Reply;
import org.peerpartners.companion.messaging.Channel;

/** One dialog step in progress: the snapshot, the time, and the effects gathered so far. */
final class Turn {

    static final int SHORT_TEXT = 40;
    static final int SHORT_NAME = 20;

    final Context ctx;
    final Instant now;
    private final Language language;
    private final List<Effect> effects;

    Turn(Context ctx, Instant now) {
        this.ctx = ctx;
        this.now = now;
        this.language = ctx.language();
        this.effects = new ArrayList<>();
    }

    /** The same turn (same effects) answering in another language, e.g. a stranger who wrote UNIRME. */
    Turn(Context ctx, Instant now, Language language, Turn sharing) {
        this.ctx = ctx;
        this.now = now;
        this.language = language;
        this.effects = sharing.effects;
    }

    Language language() {
        return language;
    }

    Optional<Person> person() {
        return ctx.person();
    }

    ZoneId zone() {
        return ctx.person().map(Person::zone).orElse(ZoneId.of("UTC"));
    }

    ZonedDateTime localNow() {
        return now.atZone(zone());
    }

    String firstName() {
        return ctx.person().map(person -> shorten(person.firstName(), SHORT_NAME)).orElse("");
    }

    void say(String key, Object... args) {
        effects.add(Reply.of(language, key, args));
    }

    void sayIn(Language language, String key, Object... args) {
        effects.add(Reply.of(language, key, args));
    }

    /** A question: buttons on Telegram; on SMS the text also lists the keyword answers. */
    void ask(String key, List<List<Button>> buttons, String smsAnswersKey, Object... args) {
        Optional<String> answers = ctx.channel() == Channel.SMS ? Optional.of(smsAnswersKey) : Optional.empty();
        effects.add(new Reply(key, List.of(args), language, buttons, answers, false));
    }

    void urgent(String key, Language in) {
        effects.add(new Reply(key, List.of(), in, List.of(), Optional.empty(), true));
    }

    void add(Effect effect) {
        effects.add(effect);
    }

    List<Effect> effects() {
        return effects;
    }

    /** Cuts user text to fit an SMS reply, on a word boundary where there is one. */
    static String shorten(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        String cut = flat.substring(0, flat.offsetByCodePoints(0, max - 3));
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).strip() + "...";
    }
}
