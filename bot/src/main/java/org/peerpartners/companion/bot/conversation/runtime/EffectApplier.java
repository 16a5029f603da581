package org.peerpartners.companion.bot.conversation.runtime;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.peerpartners.companion.bot.conversation.Effect;
import org.peerpartners.companion.bot.inbound.InboundMessage;
import org.peerpartners.companion.budget.BudgetMonth;
import org.peerpartners.companion.budget.SpendingEntry;
import org.peerpartners.companion.budget.SpendingEntryRepository;
import org.peerpartners.companion.journal.JournalEntry;
import org.peerpartners.companion.journal.JournalEntryRepository;
import org.peerpartners.companion.safety.SafetyAlert;
import org.peerpartners.companion.safety.SafetyAlertRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies a dialog step's effects, in order, inside the inbound worker's transaction: a
 * failure anywhere rolls every one of them back and the message is retried.
 */
@Component
class EffectApplier {

    private final Replies replies;
    private final Notifications notifications;
    private final Invites invites;
    private final PlanWrites plans;
    private final SpendingEntryRepository spending;
    private final JournalEntryRepository journal;
    private final SafetyAlertRepository alerts;
    private final JdbcClient jdbc;

    EffectApplier(Replies replies, Notifications notifications, Invites invites, PlanWrites plans,
            SpendingEntryRepository spending, JournalEntryRepository journal, SafetyAlertRepository alerts,
            JdbcClient jdbc) {
        this.replies = replies;
        this.notifications = notifications;
        this.invites = invites;
        this.plans = plans;
        this.spending = spending;
        this.journal = journal;
        this.alerts = alerts;
        this.jdbc = jdbc;
    }

    void apply(InboundMessage message, Speaker speaker, List<Effect> effects, Instant now) {
        int replyCount = 0;
        Renumbering renumbered = null;
        for (Effect effect : effects) {
            if (effect instanceof Effect.Reply reply) {
                replies.send(message, speaker, renumbered == null ? reply : renumbered.apply(reply), ++replyCount);
            }
            else if (effect instanceof Effect.AddPlanItem add && speaker.isParticipant()) {
                // The dialog numbers from the items it sees, but a removed item keeps its
                // number for good, so the planner may have skipped past it: the reply must
                // name the number the item really got.
                int number = plans.add(speaker.participantId(), speaker.zone(), add, now);
                renumbered = number == add.number() ? null : new Renumbering(add.number(), number);
            }
            else if (effect instanceof Effect.LinkIdentity link) {
                invites.link(message.channel(), message.senderAddress(), link.code(), message.id(), now);
            }
            else if (effect instanceof Effect.SetLanguage language) {
                String table = speaker.isParticipant() ? "participant" : "staff_user";
                long id = speaker.isParticipant() ? speaker.participantId() : speaker.staffUserId();
                jdbc.sql("UPDATE " + table + " SET language = :language WHERE id = :id")
                        .param("language", language.language().code()).param("id", id).update();
            }
            else if (!speaker.isParticipant()) {
                throw new IllegalStateException("A participant's effect for someone else: " + effect);
            }
            else {
                participant(message, speaker, effect, now);
            }
        }
    }

    private void participant(InboundMessage message, Speaker speaker, Effect effect, Instant now) {
        long id = speaker.participantId();
        if (effect instanceof Effect.RecordCheckIn checkIn) {
            plans.checkIn(id, speaker.zone(), checkIn, now);
        }
        else if (effect instanceof Effect.UpdateCheckIn update) {
            plans.update(id, speaker.zone(), update, now);
        }
        else if (effect instanceof Effect.LogSpending log) {
            // A message processed again (an administrator's replay) must not count twice.
            boolean logged = jdbc.sql("SELECT EXISTS (SELECT 1 FROM spending_entry WHERE source_message_id = :id)")
                    .param("id", message.id()).query(Boolean.class).single();
            if (!logged) {
                spending.save(SpendingEntry.loggedByParticipant(id, BudgetMonth.monthOf(now, speaker.zone()),
                        log.amount(), log.what(), now, message.id()));
            }
        }
        else if (effect instanceof Effect.UndoSpending undo) {
            spending.findById(undo.entryId()).filter(e -> e.participantId() == id && !e.isUndone())
                    .ifPresent(e -> spending.save(e.undo(now)));
        }
        else if (effect instanceof Effect.SaveJournal save) {
            journal.save(JournalEntry.write(id, save.promptKey().orElse(null), save.text(), save.shared(), now));
        }
        else if (effect instanceof Effect.ShareLatestJournal) {
            journal.findByParticipantIdOrderByCreatedAtDescIdDesc(id).stream().findFirst()
                    .ifPresent(entry -> journal.save(entry.withSharing(true)));
        }
        else if (effect instanceof Effect.RelayToBuddies relay) {
            notifications.relay(message, id, relay, now);
        }
        else if (effect instanceof Effect.SetPause pause) {
            pause(id, Timestamp.from(pause.until()));
        }
        else if (effect instanceof Effect.ClearPause) {
            pause(id, null);
        }
        else if (effect instanceof Effect.CreateSafetyAlert alert) {
            boolean raised = jdbc.sql("SELECT EXISTS (SELECT 1 FROM safety_alert WHERE inbound_message_id = :id)")
                    .param("id", message.id()).query(Boolean.class).single();
            if (!raised) {
                alerts.save(SafetyAlert.raise(id, message.id(), alert.matchedPhrase(), now));
            }
        }
        else if (effect instanceof Effect.AlertCoach alert) {
            notifications.alertCoach(message, id, alert);
        }
        else {
            throw new IllegalStateException("No runtime for effect " + effect);
        }
    }

    /** The item number in the "added" reply, corrected to the one the planner gave. */
    private record Renumbering(int from, int to) {

        Effect.Reply apply(Effect.Reply reply) {
            if (!reply.key().startsWith("add.done") || reply.args().isEmpty()
                    || !Integer.valueOf(from).equals(reply.args().get(0))) {
                return reply;
            }
            List<Object> args = new ArrayList<>(reply.args());
            args.set(0, to);
            return new Effect.Reply(reply.key(), args, reply.language(), reply.buttons(), reply.answersKey(),
                    reply.urgent());
        }
    }

    private void pause(long participantId, Timestamp until) {
        jdbc.sql("UPDATE participant SET paused_until = :until WHERE id = :id")
                .param("until", until).param("id", participantId).update();
    }
}
