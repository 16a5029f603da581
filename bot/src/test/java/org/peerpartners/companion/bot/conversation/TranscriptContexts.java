package org.peerpartners.companion.bot.conversation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.peerpartners.companion.bot.conversation.Context.BudgetFigures;
import org.peerpartners.companion.bot.conversation.Context.Buddy;
import org.peerpartners.companion.bot.conversation.Context.InviteLookup;
import org.peerpartners.companion.bot.conversation.Context.ItemStatus;
import org.peerpartners.companion.bot.conversation.Context.Meeting;
import org.peerpartners.companion.bot.conversation.Context.Person;
import org.peerpartners.companion.bot.conversation.Context.PlanItem;
import org.peerpartners.companion.bot.conversation.Context.Reachability;
import org.peerpartners.companion.bot.conversation.Context.Role;
import org.peerpartners.companion.bot.conversation.Context.SpendingEntry;
import org.peerpartners.companion.messaging.Channel;

import tools.jackson.databind.JsonNode;

/** Reads a transcript's context and states from JSON; anything left out is "none". */
final class TranscriptContexts {

    private TranscriptContexts() {
    }

    static Context context(JsonNode json) {
        Language language = Language.fromCode(json.path("language").asString("en")).orElseThrow();
        return new Context(
                Channel.valueOf(json.path("channel").asString("SMS")),
                language,
                json.path("programName").asString("Peer Partners"),
                json.path("coachContact").asString("Carmen, 555-0100"),
                optional(json, "person", p -> new Person(p.path("id").asLong(1), Role.valueOf(p.path("role").asString("PARTICIPANT")),
                        p.path("firstName").asString(), ZoneId.of(p.path("zone").asString("America/Chicago")))),
                optional(json, "invite", TranscriptContexts::invite),
                list(json, "plan", i -> new PlanItem(i.path("number").asInt(), i.path("text").asString(),
                        optional(i, "on", d -> LocalDate.parse(d.asString())), optional(i, "at", t -> LocalTime.parse(t.asString())),
                        ItemStatus.valueOf(i.path("status").asString("OPEN")))),
                optional(json, "budget", b -> new BudgetFigures(new BigDecimal(b.path("allowance").asString()),
                        new BigDecimal(b.path("spent").asString("0")), new BigDecimal(b.path("left").asString()),
                        new BigDecimal(b.path("planned").asString("0")))),
                optional(json, "primaryGoal", JsonNode::asString),
                list(json, "secondaryGoals", JsonNode::asString),
                list(json, "buddies", b -> new Buddy(b.path("id").asLong(), b.path("firstName").asString(),
                        Reachability.valueOf(b.path("reachability").asString("REACHABLE")))),
                optional(json, "nextMeeting", m -> new Meeting(Instant.parse(m.path("startsAt").asString()), m.path("place").asString())),
                optional(json, "pausedUntil", p -> Instant.parse(p.asString())),
                optional(json, "lastSpending", s -> new SpendingEntry(s.path("id").asLong(), new BigDecimal(s.path("amount").asString()),
                        s.path("what").asString(), Instant.parse(s.path("createdAt").asString()))),
                optional(json, "summaryLink", JsonNode::asString));
    }

    static ConversationState state(JsonNode json) {
        if (json.isMissingNode() || json.isNull()) {
            return new ConversationState.Idle();
        }
        Instant expires = Instant.parse(json.path("expiresAt").asString("2100-01-01T00:00:00Z"));
        switch (json.path("type").asString()) {
            case "AwaitingRating":
                return new ConversationState.AwaitingRating(json.path("itemNumber").asInt(),
                        CheckInOutcome.valueOf(json.path("outcome").asString("DONE")), expires);
            case "AwaitingCheckInNote":
                return new ConversationState.AwaitingCheckInNote(json.path("itemNumber").asInt(), expires);
            case "AwaitingJournalEntry":
                return new ConversationState.AwaitingJournalEntry(json.path("promptKey").asString(), expires);
            case "AwaitingJournalShare":
                return new ConversationState.AwaitingJournalShare(expires);
            default:
                return new ConversationState.Idle();
        }
    }

    private static InviteLookup invite(JsonNode json) {
        switch (json.path("kind").asString()) {
            case "Valid":
                return new InviteLookup.Valid(Role.valueOf(json.path("role").asString("PARTICIPANT")),
                        json.path("firstName").asString(), Language.fromCode(json.path("language").asString("en")).orElseThrow());
            case "AlreadyLinkedHere":
                return new InviteLookup.AlreadyLinkedHere(json.path("firstName").asString());
            case "LinkedElsewhere":
                return new InviteLookup.LinkedElsewhere();
            case "Throttled":
                return new InviteLookup.Throttled();
            default:
                return new InviteLookup.NotFound();
        }
    }

    private static <T> Optional<T> optional(JsonNode json, String field, Function<JsonNode, T> read) {
        JsonNode node = json.path(field);
        return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(read.apply(node));
    }

    private static <T> List<T> list(JsonNode json, String field, Function<JsonNode, T> read) {
        List<T> items = new ArrayList<>();
        json.path(field).values().forEach(node -> items.add(read.apply(node)));
        return items;
    }
}
