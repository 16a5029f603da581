package org.peerpartners.companion.bot.conversation;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerpartners.companion.bot.conversation.ConversationState.AwaitingCheckInNote;
import org.peerpartners.companion.bot.conversation.ConversationState.AwaitingJournalEntry;
import org.peerpartners.companion.bot.conversation.ConversationState.AwaitingJournalShare;
import org.peerpartners.companion.bot.conversation.ConversationState.AwaitingRating;
import org.peerpartners.companion.bot.conversation.ConversationState.Idle;

/** Answers to the questions the dialog asks: rating, check-in note, journal entry, sharing. */
final class OpenQuestions {

    /** "8", "8/10", "8!" or "8, it was fun" (a rating, then an optional note). */
    private static final Pattern RATING = Pattern.compile("^(\\d{1,3})(?:\\s*/\\s*10)?(?![\\d.,]\\d)[\\s.,;:!-]*(.*)$", Pattern.DOTALL);
    private static final Set<String> SKIP = Set.of("skip", "no", "n", "nope", "pass", "no thanks", "paso",
            "saltar", "no gracias", "nohoy", "no hoy", "omitir", "nada");
    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "ok", "sure", "si", "s", "claro",
            "1", "share", "compartir");

    private OpenQuestions() {
    }

    static ConversationState answer(ConversationState state, String text, Turn turn) {
        if (state instanceof AwaitingRating rating) {
            return rating(rating, text, turn);
        }
        if (state instanceof AwaitingCheckInNote note) {
            if (isSkip(text)) {
                turn.say("checkin.finished");
            }
            else {
                turn.add(new Effect.UpdateCheckIn(note.itemNumber(), Optional.empty(), Optional.of(text)));
                turn.say("checkin.note-saved");
            }
            return new Idle();
        }
        if (state instanceof AwaitingJournalEntry entry) {
            return saveJournal(text, Optional.of(entry.promptKey()), turn);
        }
        if (state instanceof AwaitingJournalShare) {
            String answer = folded(text);
            // "yes", "yes please", "si claro": a short answer that starts with yes.
            if (YES.contains(answer) || answer.split(" ").length <= 3 && YES.contains(answer.split(" ")[0])) {
                turn.add(new Effect.ShareLatestJournal());
                turn.say("journal.shared");
            }
            else {
                turn.say("journal.private");
            }
            return new Idle();
        }
        throw new IllegalStateException("No answer handling for " + state);
    }

    static ConversationState saveJournal(String text, Optional<String> promptKey, Turn turn) {
        turn.add(new Effect.SaveJournal(text, promptKey, false));
        turn.ask("journal.saved-ask-share", Buttons.yesNo(), "answers.yes-no");
        return new AwaitingJournalShare(turn.now.plus(Dialog.QUESTION_TTL));
    }

    private static ConversationState rating(AwaitingRating rating, String text, Turn turn) {
        Matcher number = RATING.matcher(text);
        if (number.matches()) {
            int value = Integer.parseInt(number.group(1));
            if (value > 10) {
                turn.ask("checkin.rating-again", Buttons.rating(), "answers.rating");
                return rating;
            }
            String note = number.group(2).strip();
            if (!note.isEmpty()) {
                turn.add(new Effect.UpdateCheckIn(rating.itemNumber(), Optional.of(value), Optional.of(note)));
                turn.say("checkin.note-saved");
                return new Idle();
            }
            turn.add(new Effect.UpdateCheckIn(rating.itemNumber(), Optional.of(value), Optional.empty()));
            turn.ask("checkin.rated-ask-note", Buttons.skip(), "answers.note", value);
            return new AwaitingCheckInNote(rating.itemNumber(), turn.now.plus(Dialog.QUESTION_TTL));
        }
        if (isSkip(text)) {
            turn.say("checkin.finished");
            return new Idle();
        }
        // Words instead of a number ("it was fun!") are kept as the note rather than refused.
        turn.add(new Effect.UpdateCheckIn(rating.itemNumber(), Optional.empty(), Optional.of(text)));
        turn.say("checkin.note-saved");
        return new Idle();
    }

    private static boolean isSkip(String text) {
        return SKIP.contains(folded(text));
    }

    private static String folded(String text) {
        return Keyword.fold(text).replaceAll("[\\p{Punct}\u00a1\u00bf]+", " ").strip().replaceAll("\\s+", " ");
    }
}
