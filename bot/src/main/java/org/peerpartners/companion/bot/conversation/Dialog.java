package org.peerpartners.companion.bot.conversation;

import java.time.Duration;
import java.time.Instant;

import org.peerpartners.companion.bot.conversation.Command.Invalid;
import org.peerpartners.companion.bot.conversation.Command.Unknown;
import org.peerpartners.companion.bot.conversation.ConversationState.Idle;
import org.peerpartners.companion.bot.conversation.Context.InviteLookup;
import org.peerpartners.companion.bot.conversation.Context.Role;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.safety.CrisisScreen;

/**
 * The conversation engine: one inbound message in, the new state and the effects out.
 * Pure: no database, network or clock of its own ({@code now} is passed in).
 *
 * <p>Order of work: the crisis screen runs first on every message (buddy text included);
 * on a match the crisis reply goes first, marked urgent, with the alert effects. Then the
 * message is handled normally. A new command always wins over an open question; text
 * that is not a command answers the open question if it has not expired.
 */
public final class Dialog {

    /** How long an open question (rating, note, journal) waits for its answer. */
    public static final Duration QUESTION_TTL = Duration.ofHours(6);
    /** How long a spending entry can be undone by its author. */
    public static final Duration UNDO_WINDOW = Duration.ofHours(24);

    private final CrisisScreen screen;

    public Dialog(CrisisScreen screen) {
        this.screen = screen;
    }

    public Step step(ConversationState state, Input input, Context ctx, Instant now) {
        Turn turn = new Turn(ctx, now);
        var crisis = screen.screen(input.text());
        crisis.ifPresent(match -> {
            // A stranger has no language yet: answer in the language of the words that matched.
            turn.urgent("safety.crisis", ctx.person().isPresent() ? ctx.language()
                    : match.lexicon().equals("crisis-es.txt") ? Language.ES
                    : match.lexicon().equals("crisis-en.txt") ? Language.EN : ctx.language());
            ctx.person().filter(person -> person.role() == Role.PARTICIPANT).ifPresent(person -> {
                turn.add(new Effect.CreateSafetyAlert(match.phrase()));
                turn.add(new Effect.AlertCoach(person.firstName(), match.phrase()));
            });
        });
        Command command = input instanceof Input.BuddyReply
                ? ParticipantCommands.buddyReply(input.text())
                : CommandParser.parse(input.text(), ctx.language());
        if (ctx.person().isEmpty()) {
            stranger(command, new Turn(ctx, now, CommandParser.keywordLanguage(input.text(), ctx.language()), turn));
            return new Step(new Idle(), turn.effects());
        }
        ConversationState next;
        if (crisis.isPresent() && command instanceof Unknown && !state.isOpenAt(now)) {
            // After the crisis reply, "I did not get that" would read as cold: say nothing more.
            next = state;
        }
        else if (state.isOpenAt(now) && (command instanceof Unknown || command instanceof Invalid)) {
            next = OpenQuestions.answer(state, input.text().strip(), turn);
        }
        else if (ctx.person().get().role() == Role.COACH) {
            next = coach(command, turn);
        }
        else {
            next = ParticipantCommands.handle(command, turn);
        }
        return new Step(next, turn.effects());
    }

    private static void stranger(Command command, Turn turn) {
        if (!(command instanceof Command.Join)) {
            turn.say(command instanceof Invalid invalid && invalid.reason().equals("invalid.join.missing-code")
                    ? invalid.reason() : "join.how-to");
            return;
        }
        String code = ((Command.Join) command).code();
        InviteLookup lookup = turn.ctx.invite().orElse(new InviteLookup.NotFound());
        if (lookup instanceof InviteLookup.Valid valid) {
            turn.add(new Effect.LinkIdentity(code));
            String name = Turn.shorten(valid.firstName(), Turn.SHORT_NAME);
            if (valid.role() == Role.COACH) {
                turn.sayIn(valid.language(), "join.welcome.coach", name);
            }
            else {
                turn.sayIn(valid.language(), turn.ctx.channel() == Channel.SMS
                        ? "join.welcome.sms" : "join.welcome", name, Turn.shorten(turn.ctx.programName(), 30));
            }
        }
        else if (lookup instanceof InviteLookup.LinkedElsewhere) {
            turn.say("join.linked-elsewhere");
        }
        else if (lookup instanceof InviteLookup.Throttled) {
            turn.say("join.throttled");
        }
        else {
            turn.say("join.wrong-code");
        }
    }

    private static ConversationState coach(Command command, Turn turn) {
        if (command instanceof Command.Summary) {
            turn.ctx.summaryLink().ifPresentOrElse(link -> turn.say("summary.link", link), () -> turn.say("summary.none"));
        }
        else if (command instanceof Command.Help) {
            turn.say("help.coach");
        }
        else if (command instanceof Command.Lang lang) {
            turn.add(new Effect.SetLanguage(lang.language()));
            turn.sayIn(lang.language(), "lang.set");
        }
        else if (command instanceof Command.Join) {
            turn.say("join.already-linked", turn.firstName());
        }
        else {
            turn.say("coach.unknown");
        }
        return new Idle();
    }
}
