package org.peerpartners.companion.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerpartners.companion.bot.conversation.Context.BudgetFigures;
import org.peerpartners.companion.bot.conversation.Context.ItemStatus;
import org.peerpartners.companion.bot.conversation.Context.Person;
import org.peerpartners.companion.bot.conversation.Context.PlanItem;
import org.peerpartners.companion.bot.conversation.Context.Role;
import org.peerpartners.companion.bot.conversation.Effect.Reply;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.safety.CrisisScreen;
import org.peerpartners.companion.messaging.SmsSegments;

class DialogTests {

    private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");
    private static final Dialog DIALOG = new Dialog(CrisisScreen.withDefaultLexicons());
    private static final Messages MESSAGES = new Messages();

    @ParameterizedTest
    @EnumSource(Language.class)
    void splitsALongPlanIntoSmsMessagesOfAtMostTwoSegments(Language language) {
        List<PlanItem> items = IntStream.rangeClosed(1, 7).mapToObj(n -> new PlanItem(n,
                "Clase de música gratis en la biblioteca pública con Óscar y después café número " + n,
                Optional.of(LocalDate.of(2026, 11, 28)), Optional.of(LocalTime.of(18, 30)), ItemStatus.NOT_THIS_TIME)).toList();
        Step step = DIALOG.step(new ConversationState.Idle(), new Input.Text("PLAN"), ana(Channel.SMS, language, items), NOW);
        List<String> texts = replies(step).stream().map(MESSAGES::render).toList();
        assertThat(texts).hasSize(7).allSatisfy(text -> assertThat(SmsSegments.segments(text)).as(text).isLessThanOrEqualTo(2));
        assertThat(String.join("\n", texts)).contains("7. ");
    }

    @Test
    void putsTwoPlainEnglishItemsInOneSms() {
        List<PlanItem> items = IntStream.rangeClosed(1, 4).mapToObj(n -> new PlanItem(n,
                "Go to the free art class at the public library downtown with Ben " + n,
                Optional.of(LocalDate.of(2026, 11, 25)), Optional.of(LocalTime.of(18, 30)), ItemStatus.PARTLY)).toList();
        Step step = DIALOG.step(new ConversationState.Idle(), new Input.Text("plan"), ana(Channel.SMS, Language.EN, items), NOW);
        assertThat(replies(step)).hasSize(2).allSatisfy(reply ->
                assertThat(SmsSegments.segments(MESSAGES.render(reply))).isLessThanOrEqualTo(2));
    }

    @Test
    void sendsTheCrisisReplyFirstThenHandlesTheMessage() {
        Step step = DIALOG.step(new ConversationState.Idle(), new Input.Text("spent 5 bus. I want to kill myself"),
                ana(Channel.SMS, Language.EN, List.of()), NOW);
        assertThat(step.effects().get(0)).isInstanceOfSatisfying(Reply.class, reply -> {
            assertThat(reply.key()).isEqualTo("safety.crisis");
            assertThat(reply.urgent()).isTrue();
        });
        assertThat(step.effects()).extracting(effect -> effect.getClass().getSimpleName())
                .containsExactly("Reply", "CreateSafetyAlert", "AlertCoach", "LogSpending", "Reply");
    }

    @Test
    void givesTheSameStepForTheSameInput() {
        Context ctx = ana(Channel.TELEGRAM, Language.ES, List.of());
        Input input = new Input.Text("gasté 12,50 boliche");
        assertThat(DIALOG.step(new ConversationState.Idle(), input, ctx, NOW))
                .isEqualTo(DIALOG.step(new ConversationState.Idle(), input, ctx, NOW));
    }

    @Test
    void neverUsesTheWordFailureForNotThisTime() {
        for (Language language : Language.values()) {
            String text = MESSAGES.render(language, "checkin.not-this-time", List.of("bowling"))
                    + MESSAGES.render(language, "status.NOT_THIS_TIME", List.of());
            assertThat(Keyword.fold(text)).doesNotContain("fail", "fracas", "fallo", "missed", "perdiste");
        }
    }

    private static List<Reply> replies(Step step) {
        return step.effects().stream().filter(Reply.class::isInstance).map(Reply.class::cast).toList();
    }

    private static Context ana(Channel channel, Language language, List<PlanItem> plan) {
        return new Context(channel, language, "Peer Partners", "Carmen, 555-0100",
                Optional.of(new Person(1, Role.PARTICIPANT, "Ana", ZoneId.of("America/Chicago"))), Optional.empty(), plan,
                Optional.of(new BudgetFigures(new BigDecimal("50.00"), BigDecimal.ZERO, new BigDecimal("50.00"), BigDecimal.ZERO)),
                Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
