package org.peerpartners.companion.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpartners.companion.bot.conversation.Effect.Reply;
import org.peerpartners.companion.safety.CrisisScreen;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.peerpartners.companion.messaging.SmsSegments;

/**
 * Replays every transcript under {@code src/test/resources/transcripts/{en,es}}: each turn's
 * input goes through the dialog with the file's fixed clock and context; the replies (keys,
 * text fragments, buttons), the other effects (type and fields) and the new state must be
 * exactly as written. A turn's "context" patches the context from then on, as the runtime
 * would after applying the previous effects.
 */
class TranscriptTests {

    private static final Path ROOT = Path.of("src/test/resources/transcripts");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Dialog DIALOG = new Dialog(CrisisScreen.withDefaultLexicons());
    private static final Messages MESSAGES = new Messages();

    static Stream<Path> transcripts() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(path -> path.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void coverBothLanguages() throws IOException {
        assertThat(transcripts().filter(path -> path.startsWith(ROOT.resolve("en")))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(transcripts().filter(path -> path.startsWith(ROOT.resolve("es")))).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void replays(Path file) throws IOException {
        JsonNode transcript = JSON.readTree(Files.readString(file));
        ObjectNode context = (ObjectNode) transcript.path("context").deepCopy();
        ConversationState state = TranscriptContexts.state(transcript.path("state"));
        Instant now = Instant.parse(transcript.path("now").asString());
        int number = 0;
        for (JsonNode turn : transcript.path("turns").values()) {
            number++;
            String where = file.getFileName() + " turn " + number + " (" + turn.path("input").asString() + ")";
            if (turn.has("context")) {
                context.setAll((ObjectNode) turn.path("context"));
            }
            if (turn.has("at")) {
                now = Instant.parse(turn.path("at").asString());
            }
            Input input = turn.path("buddyReply").asBoolean(false)
                    ? new Input.BuddyReply(input(turn)) : new Input.Text(input(turn));
            Step step = DIALOG.step(state, input, TranscriptContexts.context(context), now);
            checkReplies(where, turn.path("replies"), step.effects());
            checkEffects(where, turn.path("effects"), step.effects());
            checkState(where, turn.path("state"), step.state());
            state = step.state();
        }
    }

    /** "input" is the text; "inputRepeat" repeats it (for the 1,600-character message). */
    private static String input(JsonNode turn) {
        return turn.path("input").asString().repeat(turn.path("inputRepeat").asInt(1));
    }

    private static void checkReplies(String where, JsonNode expected, List<Effect> effects) {
        List<Reply> replies = effects.stream().filter(Reply.class::isInstance).map(Reply.class::cast).toList();
        assertThat(replies.stream().map(Reply::key)).as(where + " reply keys")
                .containsExactlyElementsOf(expected.values().stream().map(r -> r.path("key").asString()).toList());
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            JsonNode want = expected.path(i);
            String text = MESSAGES.render(reply);
            for (JsonNode fragment : want.path("contains").values()) {
                assertThat(text).as(where + " reply " + reply.key()).contains(fragment.asString());
            }
            for (JsonNode fragment : want.path("excludes").values()) {
                assertThat(text).as(where + " reply " + reply.key()).doesNotContain(fragment.asString());
            }
            if (want.has("language")) {
                assertThat(reply.language().code()).as(where).isEqualTo(want.path("language").asString());
            }
            if (want.has("urgent")) {
                assertThat(reply.urgent()).as(where + " urgent").isEqualTo(want.path("urgent").asBoolean());
            }
            if (want.has("buttons")) {
                List<String> data = reply.buttons().stream().flatMap(List::stream).map(Effect.Button::data).toList();
                assertThat(data).as(where + " buttons").containsExactlyElementsOf(
                        want.path("buttons").values().stream().map(JsonNode::asString).toList());
            }
            if (want.has("maxSegments")) {
                assertThat(SmsSegments.segments(text)).as(where + ": " + text).isLessThanOrEqualTo(want.path("maxSegments").asInt());
            }
        }
    }

    private static void checkEffects(String where, JsonNode expected, List<Effect> effects) {
        List<Effect> others = effects.stream().filter(effect -> !(effect instanceof Reply)).toList();
        assertThat(others.stream().map(effect -> effect.getClass().getSimpleName())).as(where + " effects")
                .containsExactlyElementsOf(expected.values().stream().map(e -> e.path("type").asString()).toList());
        for (int i = 0; i < others.size(); i++) {
            Map<String, String> actual = fields(others.get(i));
            for (Map.Entry<String, JsonNode> field : expected.path(i).properties()) {
                if (!field.getKey().equals("type")) {
                    assertThat(actual.get(field.getKey())).as(where + " " + others.get(i)).isEqualTo(text(field.getValue()));
                }
            }
        }
    }

    private static void checkState(String where, JsonNode expected, ConversationState actual) {
        String type = expected.isMissingNode() ? "Idle" : expected.path("type").asString();
        assertThat(actual.getClass().getSimpleName()).as(where + " state").isEqualTo(type);
        Map<String, String> fields = fields(actual);
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            if (!field.getKey().equals("type")) {
                assertThat(fields.get(field.getKey())).as(where + " state " + actual).isEqualTo(text(field.getValue()));
            }
        }
    }

    /** A record's components as text; an empty Optional is null, a present one its value. */
    private static Map<String, String> fields(Object record) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(record);
                if (value instanceof Optional<?> optional) {
                    value = optional.orElse(null);
                }
                fields.put(component.getName(), value == null ? null : value.toString());
            }
            catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    private static String text(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.values().stream().map(JsonNode::asString).collect(Collectors.joining(", ", "[", "]"));
        }
        return node.asString();
    }
}
