package org.peerpartners.companion.bot.conversation;

import java.time.Instant;

import org.peerpartners.companion.bot.conversation.ConversationState.AwaitingCheckInNote;
import org.peerpartners.companion.bot.conversation.ConversationState.AwaitingJournalEntry;
import org.peerpartners.companion.bot.conversation.ConversationState.AwaitingJournalShare;
import org.peerpartners.companion.bot.conversation.ConversationState.AwaitingRating;
import org.peerpartners.companion.bot.conversation.ConversationState.Idle;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link ConversationState} for the {@code conversation_state.state}
 * column: {@code {"type":"AwaitingRating","itemNumber":2,"outcome":"DONE","expiresAt":"..."}}.
 * Written by hand so that renaming a Java class never breaks stored rows.
 */
public final class ConversationStates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConversationStates() {
    }

    public static String toJson(ConversationState state) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", state.getClass().getSimpleName());
        if (!(state instanceof Idle)) {
            node.put("expiresAt", state.expiresAt().toString());
        }
        if (state instanceof AwaitingRating rating) {
            node.put("itemNumber", rating.itemNumber());
            node.put("outcome", rating.outcome().name());
        }
        else if (state instanceof AwaitingCheckInNote note) {
            node.put("itemNumber", note.itemNumber());
        }
        else if (state instanceof AwaitingJournalEntry entry) {
            node.put("promptKey", entry.promptKey());
        }
        return JSON.writeValueAsString(node);
    }

    /** The stored state; an unknown type reads as {@link Idle} (the question is simply dropped). */
    public static ConversationState fromJson(String json) {
        JsonNode node = JSON.readTree(json);
        String type = node.path("type").asString("Idle");
        if (type.equals("Idle")) {
            return new Idle();
        }
        Instant expires = Instant.parse(node.path("expiresAt").asString());
        switch (type) {
            case "AwaitingRating":
                return new AwaitingRating(node.path("itemNumber").asInt(),
                        CheckInOutcome.valueOf(node.path("outcome").asString()), expires);
            case "AwaitingCheckInNote":
                return new AwaitingCheckInNote(node.path("itemNumber").asInt(), expires);
            case "AwaitingJournalEntry":
                return new AwaitingJournalEntry(node.path("promptKey").asString(), expires);
            case "AwaitingJournalShare":
                return new AwaitingJournalShare(expires);
            default:
                return new Idle();
        }
    }
}
