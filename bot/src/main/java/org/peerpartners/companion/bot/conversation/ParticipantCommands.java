package org.peerpartners.companion.bot.conversation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.peerpartners.companion.bot.conversation.Command.PlannedDay;
import org.peerpartners.companion.bot.conversation.ConversationState.AwaitingCheckInNote;
import org.peerpartners.companion.bot.conversation.ConversationState.AwaitingJournalEntry;
import org.peerpartners.companion.bot.conversation.ConversationState.AwaitingJournalShare;
import org.peerpartners.companion.bot.conversation.ConversationState.AwaitingRating;
import org.peerpartners.companion.bot.conversation.ConversationState.Idle;
import org.peerpartners.companion.bot.conversation.Context.BudgetFigures;
import org.peerpartners.companion.bot.conversation.Context.PlanItem;
import org.peerpartners.companion.bot.conversation.Context.Reachability;
import org.peerpartners.companion.bot.conversation.Context.SpendingEntry;

/** A participant's commands. */
final class ParticipantCommands {

    static final List<String> JOURNAL_PROMPTS = List.of(
            "journal.prompt.1", "journal.prompt.2", "journal.prompt.3", "journal.prompt.4", "journal.prompt.5");

    private ParticipantCommands() {
    }

    static Command buddyReply(String text) {
        String body = text.strip();
        if (body.isEmpty()) {
            return new Command.Invalid("invalid.buddy.missing-text", text);
        }
        return body.length() > CommandParser.MAX_BUDDY_TEXT
                ? new Command.Invalid("invalid.buddy.too-long", text) : new Command.Buddy(body);
    }

    static ConversationState handle(Command command, Turn turn) {
        if (command instanceof Command.Help) {
            turn.say("help.participant", Turn.shorten(turn.ctx.coachContact(), Turn.SHORT_TEXT));
        }
        else if (command instanceof Command.Plan) {
            PlanReplies.plan(turn);
        }
        else if (command instanceof Command.Add add) {
            add(add, turn);
        }
        else if (command instanceof Command.CheckIn checkIn) {
            return checkIn(checkIn, turn);
        }
        else if (command instanceof Command.Spent spent) {
            spent(spent, turn);
        }
        else if (command instanceof Command.Undo) {
            undo(turn);
        }
        else if (command instanceof Command.Budget) {
            budget(turn);
        }
        else if (command instanceof Command.Goals) {
            goals(turn);
        }
        else if (command instanceof Command.Journal journal) {
            return journal(journal, turn);
        }
        else if (command instanceof Command.Buddy buddy) {
            buddy(buddy, turn);
        }
        else if (command instanceof Command.Next) {
            turn.ctx.nextMeeting().ifPresentOrElse(
                    meeting -> turn.say("next.meeting", meeting.startsAt().atZone(turn.zone()),
                            Turn.shorten(meeting.place(), 60)),
                    () -> turn.say("next.none"));
        }
        else if (command instanceof Command.Pause pause) {
            LocalDate until = turn.localNow().toLocalDate().plusDays(pause.days());
            turn.add(new Effect.SetPause(until.atStartOfDay(turn.zone()).toInstant()));
            turn.say("pause.set", until);
        }
        else if (command instanceof Command.Resume) {
            boolean paused = turn.ctx.pausedUntil().filter(until -> until.isAfter(turn.now)).isPresent();
            if (paused) {
                turn.add(new Effect.ClearPause());
            }
            turn.say(paused ? "resume.done" : "resume.not-paused");
        }
        else if (command instanceof Command.Lang lang) {
            turn.add(new Effect.SetLanguage(lang.language()));
            turn.sayIn(lang.language(), "lang.set");
        }
        else if (command instanceof Command.Join || command instanceof Command.Start) {
            turn.say("join.already-linked", turn.firstName());
        }
        else if (command instanceof Command.Invalid invalid) {
            turn.say(invalid.reason());
        }
        else {
            turn.say("unknown");
        }
        return new Idle();
    }

    private static void add(Command.Add add, Turn turn) {
        int number = turn.ctx.plan().stream().mapToInt(PlanItem::number).max().orElse(0) + 1;
        LocalDate today = turn.localNow().toLocalDate();
        Optional<LocalDate> on = add.day().map(day -> resolve(day, today));
        turn.add(new Effect.AddPlanItem(number, add.text(), on, add.time()));
        String text = Turn.shorten(add.text(), Turn.SHORT_TEXT);
        if (on.isEmpty()) {
            turn.say("add.done", number, text);
        }
        else if (add.time().isPresent()) {
            turn.say("add.done.timed", number, text, on.get().atTime(add.time().get()).atZone(turn.zone()));
        }
        else {
            turn.say("add.done.day", number, text, on.get());
        }
    }

    /** The next such day from today (today itself included). */
    static LocalDate resolve(PlannedDay day, LocalDate today) {
        if (day instanceof PlannedDay.Tomorrow) {
            return today.plusDays(1);
        }
        if (day instanceof PlannedDay.Weekday weekday) {
            return today.with(TemporalAdjusters.nextOrSame(weekday.day()));
        }
        return today;
    }

    private static ConversationState checkIn(Command.CheckIn checkIn, Turn turn) {
        Optional<PlanItem> item = turn.ctx.plan().stream().filter(i -> i.number() == checkIn.itemNumber()).findFirst();
        if (item.isEmpty()) {
            if (turn.ctx.plan().isEmpty()) {
                turn.say("checkin.no-plan");
            }
            else {
                turn.say("checkin.no-such-item", checkIn.itemNumber());
            }
            return new Idle();
        }
        int number = checkIn.itemNumber();
        turn.add(new Effect.RecordCheckIn(number, checkIn.outcome()));
        String text = Turn.shorten(item.get().text(), Turn.SHORT_TEXT);
        switch (checkIn.outcome()) {
            case DONE:
                turn.ask("checkin.done", Buttons.rating(), "answers.rating", text);
                return new AwaitingRating(number, checkIn.outcome(), turn.now.plus(Dialog.QUESTION_TTL));
            case PARTLY:
                turn.ask("checkin.partly", Buttons.rating(), "answers.rating", text);
                return new AwaitingRating(number, checkIn.outcome(), turn.now.plus(Dialog.QUESTION_TTL));
            default:
                turn.ask("checkin.not-this-time", Buttons.skip(), "answers.note", text);
                return new AwaitingCheckInNote(number, turn.now.plus(Dialog.QUESTION_TTL));
        }
    }

    private static void spent(Command.Spent spent, Turn turn) {
        Optional<BudgetFigures> budget = turn.ctx.budget();
        if (budget.isEmpty() || budget.get().allowance().signum() <= 0) {
            turn.say("spent.no-budget");
            return;
        }
        BigDecimal left = budget.get().left();
        if (spent.amount().compareTo(left) > 0) {
            turn.say("spent.over-allowance", spent.amount(), left);
            return;
        }
        turn.add(new Effect.LogSpending(spent.amount(), spent.what()));
        BigDecimal newLeft = left.subtract(spent.amount());
        if (spent.what().isEmpty()) {
            turn.say("spent.logged.no-what", spent.amount(), newLeft);
        }
        else {
            turn.say("spent.logged", spent.amount(), Turn.shorten(spent.what(), Turn.SHORT_TEXT), newLeft);
        }
    }

    private static void undo(Turn turn) {
        Optional<SpendingEntry> last = turn.ctx.lastSpending();
        if (last.isEmpty()) {
            turn.say("undo.nothing");
            return;
        }
        SpendingEntry entry = last.get();
        String what = Turn.shorten(entry.what(), Turn.SHORT_TEXT);
        if (Duration.between(entry.createdAt(), turn.now).compareTo(Dialog.UNDO_WINDOW) >= 0) {
            turn.say("undo.too-old", entry.amount(), what);
            return;
        }
        turn.add(new Effect.UndoSpending(entry.id()));
        BigDecimal left = turn.ctx.budget().map(BudgetFigures::left).orElse(BigDecimal.ZERO).add(entry.amount());
        turn.say("undo.done", entry.amount(), what, left);
    }

    private static void budget(Turn turn) {
        turn.ctx.budget().filter(b -> b.allowance().signum() > 0).ifPresentOrElse(b -> {
            if (b.planned().signum() > 0) {
                turn.say("budget.summary.planned", b.allowance(), b.spent(), b.left(), b.planned());
            }
            else {
                turn.say("budget.summary", b.allowance(), b.spent(), b.left());
            }
        }, () -> turn.say("budget.none"));
    }

    private static void goals(Turn turn) {
        Optional<String> primary = turn.ctx.primaryGoal().map(goal -> Turn.shorten(goal, 60));
        List<String> secondary = turn.ctx.secondaryGoals().stream().map(goal -> Turn.shorten(goal, 40)).toList();
        if (primary.isEmpty() && secondary.isEmpty()) {
            turn.say("goals.none");
        }
        else if (secondary.isEmpty()) {
            turn.say("goals.primary", primary.get());
        }
        else {
            turn.say("goals.both", primary.orElse("-"), String.join("; ", secondary));
        }
    }

    private static ConversationState journal(Command.Journal journal, Turn turn) {
        if (journal.text().isPresent()) {
            return OpenQuestions.saveJournal(journal.text().get(), Optional.empty(), turn);
        }
        String prompt = JOURNAL_PROMPTS.get(turn.localNow().getDayOfYear() % JOURNAL_PROMPTS.size());
        turn.say(prompt);
        return new AwaitingJournalEntry(prompt, turn.now.plus(Dialog.QUESTION_TTL));
    }

    private static void buddy(Command.Buddy buddy, Turn turn) {
        List<Context.Buddy> buddies = turn.ctx.buddies();
        if (buddies.isEmpty()) {
            turn.say("buddy.none");
            return;
        }
        List<Context.Buddy> reachable = buddies.stream().filter(b -> b.reachability() == Reachability.REACHABLE).toList();
        List<Context.Buddy> unreachable = buddies.stream().filter(b -> b.reachability() != Reachability.REACHABLE).toList();
        if (reachable.isEmpty()) {
            turn.say("buddy.none-reachable", names(unreachable, turn));
            return;
        }
        turn.add(new Effect.RelayToBuddies(reachable.stream().map(Context.Buddy::participantId).toList(),
                turn.person().get().firstName(), buddy.text(), "buddy.relayed"));
        if (unreachable.isEmpty()) {
            turn.say("buddy.sent", names(reachable, turn));
        }
        else {
            turn.say("buddy.sent-some", names(reachable, turn), names(unreachable, turn));
        }
    }

    /** First names only; {@link Messages} joins a list with the language's "and". */
    private static List<String> names(List<Context.Buddy> buddies, Turn turn) {
        return buddies.stream().map(b -> Turn.shorten(b.firstName(), Turn.SHORT_NAME)).toList();
    }
}
