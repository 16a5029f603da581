package org.peerpartners.companion.bot.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpartners.companion.goal.Goal;
import org.peerpartners.companion.goal.GoalKind;
import org.peerpartners.companion.participant.Participant;
import org.peerpartners.companion.testing.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * Every participant command row of the conversation contract (CONVERSATION.md, "Commands"),
 * typed by Ana (English) and Ben (Spanish) on SMS, on Telegram (the slash form) and in the
 * sandbox, checked against the facts the contract says the reply must contain, as the fake
 * provider (or the sandbox chat page) receives it.
 * <p>
 * Ana: $50 a month, New York, plan items 1 "Free art class at the library" (Wed 3 pm) and
 * 2 "Walk in the park with Ben". Ben: $40 a month, Chicago, plan items 1 "Caminar con Ana"
 * (Wed 3 pm) and 2 "Clase de arte". Both have goals; the group meets on Thursdays at 6 pm
 * New York time at Queens Library, Room 2, from 5 November 2026. The clock: Monday
 * 2 March 2026, 10 am in New York.
 */
class CommandRowJourneyTests extends ChannelJourneySupport {

    enum Person { ANA, BEN }

    enum Via { SMS, TELEGRAM, SANDBOX }

    /**
     * One command row for one person.
     *
     * @param before what the person sends first (plain keywords), to make the row meaningful
     * @param sms the message on SMS and in the sandbox
     * @param slash the Telegram slash form
     * @param facts what the reply must contain
     * @param silentAfter a message that must get no answer afterwards, or null
     * @param smsAnswers for a reply that asks a question: how an SMS says to answer it (on Telegram, buttons)
     */
    record Row(String command, Person person, List<String> before, String sms, String slash, List<String> facts,
            String silentAfter, String smsAnswers) {

        Row asks(String howToAnswerBySms) {
            return new Row(command, person, before, sms, slash, facts, silentAfter, howToAnswerBySms);
        }

        @Override
        public String toString() {
            return command + " (" + person.name().charAt(0) + person.name().substring(1).toLowerCase() + ")";
        }
    }

    static Row ana(String command, List<String> before, String sms, String slash, String... facts) {
        return new Row(command, Person.ANA, before, sms, slash, List.of(facts), null, null);
    }

    static Row ben(String command, List<String> before, String sms, String slash, String... facts) {
        return new Row(command, Person.BEN, before, sms, slash, List.of(facts), null, null);
    }

    static List<Row> rows() {
        List<String> none = List.of();
        return List.of(
                ana("HELP", none, "HELP", "/help", "PLAN", "SPENT", "BUDDY", "PAUSE", "Coach Carmen, 555-0142", "988"),
                ben("AYUDA", none, "AYUDA", "/ayuda", "PLAN", "GASTE", "COMPA", "PAUSA", "Coach Carmen, 555-0142", "988"),
                ana("PLAN", none, "PLAN", "/plan", "1. Free art class", "3:00 PM", "to do",
                        "2. Walk in the park with Ben - to do"),
                ben("PLAN", none, "PLAN", "/plan", "1. Caminar con Ana", "15:00", "pendiente",
                        "2. Clase de arte - pendiente"),
                ana("ADD", none, "ADD tue 6pm book club", "/add tue 6pm book club", "#3", "book club",
                        "Tue Mar 3", "6:00 PM"),
                ben("AGREGAR", none, "AGREGAR mar 18:00 club de lectura", "/agregar mar 18:00 club de lectura",
                        "#3", "club de lectura", "18:00"),
                ana("DONE", none, "DONE 1", "/done 1", "Great job", "Free art class at the library", "How did it go")
                        .asks("Reply with a number 0 to 10"),
                ben("HECHO", none, "HECHO 1", "/hecho 1", "Muy bien", "Caminar con Ana", "Qué tal te fue")
                        .asks("Responde de 0 a 10"),
                ana("PARTLY", none, "PARTLY 1", "/partly 1", "part of", "Free art class at the library",
                        "How did it go").asks("Reply with a number 0 to 10"),
                ben("PARCIAL", none, "PARCIAL 1", "/parcial 1", "parte de", "Caminar con Ana", "Qué tal te fue")
                        .asks("Responde de 0 a 10"),
                ana("SKIP", none, "SKIP 1", "/skip 1", "not this time", "Free art class at the library")
                        .asks("Or reply SKIP"),
                ben("NOHOY", none, "NOHOY 1", "/nohoy 1", "Esta vez no", "Caminar con Ana").asks("O responde NO"),
                ana("SPENT", none, "SPENT 12.50 bowling", "/spent 12.50 bowling", "$12.50", "bowling",
                        "$37.50 left this month"),
                ben("GASTE", none, "GASTE 12,50 boliche", "/gaste 12,50 boliche", "12.50", "boliche",
                        "27.50", "este mes"),
                ana("UNDO", List.of("SPENT 12.50 bowling"), "UNDO", "/undo", "Removed", "$12.50", "bowling",
                        "$50.00 left"),
                ben("DESHACER", List.of("GASTE 12,50 boliche"), "DESHACER", "/deshacer", "Borré", "12.50",
                        "boliche", "40.00"),
                ana("BUDGET", List.of("SPENT 5 bus"), "BUDGET", "/budget", "$50.00", "spent $5.00",
                        "$45.00 left"),
                ben("PRESUPUESTO", List.of("GASTE 5 bus"), "PRESUPUESTO", "/presupuesto", "40.00", "5.00",
                        "35.00"),
                ana("GOALS", none, "GOALS", "/goals", "Have one friend to have coffee with", "Join a walking club"),
                ben("METAS", none, "METAS", "/metas", "Ir al grupo cada semana", "Caminar los domingos"),
                ana("JOURNAL", none, "JOURNAL I called my sister", "/journal I called my sister", "Saved",
                        "private", "coach").asks("Reply YES or NO"),
                ana("JOURNAL (prompt)", List.of("JOURNAL"), "I called my sister", "I called my sister", "Saved",
                        "private", "coach").asks("Reply YES or NO"),
                ben("DIARIO", none, "DIARIO Llamé a mi hermana", "/diario Llamé a mi hermana", "Guardado",
                        "privado", "coach").asks("Responde SÍ o NO"),
                ben("DIARIO (pregunta)", List.of("DIARIO"), "Llamé a mi hermana", "Llamé a mi hermana", "Guardado",
                        "privado", "coach").asks("Responde SÍ o NO"),
                ana("BUDDY", none, "BUDDY want to walk Saturday?", "/buddy want to walk Saturday?", "Ben"),
                ben("COMPA", none, "COMPA ¿vamos a caminar?", "/compa ¿vamos a caminar?", "Ana"),
                ana("NEXT", none, "NEXT", "/next", "Thu Nov 5", "6:00 PM", "Queens Library, Room 2"),
                ben("PROXIMA", none, "PROXIMA", "/proxima", "5 nov", "17:00", "Queens Library, Room 2"),
                ana("PAUSE", none, "PAUSE 3", "/pause 3", "until Thu Mar 5"),
                ben("PAUSA", none, "PAUSA 3", "/pausa 3", "hasta el", "5 mar"),
                ana("RESUME", List.of("PAUSE 3"), "RESUME", "/resume", "Welcome back", "reminders are on"),
                ben("REANUDAR", List.of("PAUSA 3"), "REANUDAR", "/reanudar", "de vuelta", "recordatorios"),
                ana("LANG ES", none, "LANG ES", "/lang es", "español"),
                ben("LANG EN", none, "LANG EN", "/lang en", "English"),
                new Row("STOP", Person.ANA, none, "STOP", "/stop", List.of("no more messages", "START"), "PLAN", null),
                new Row("ALTO", Person.BEN, none, "ALTO", "/alto", List.of("Ya no recibirás", "INICIO"), "PLAN", null),
                ana("START", List.of("STOP"), "START", "/start", "Welcome back", "HELP", "STOP"),
                ben("INICIO", List.of("ALTO"), "INICIO", "/inicio", "Bienvenido de nuevo", "AYUDA", "ALTO"));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : rows()) {
            for (Via via : Via.values()) {
                cases.add(Arguments.of(row, via));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void theReplyContainsWhatTheContractPromises(Row row, Via via) {
        Fixtures.World world = fixtures.world();
        jdbc.sql("UPDATE staff_user SET contact_phone = '555-0142' WHERE id = :id").param("id", world.carmen().id()).update();
        Participant ben = world.ben();
        fixtures.items(fixtures.planThisWeek(ben), "Caminar con Ana", "Clase de arte");
        aggregates.insert(Goal.set(world.ana().id(), GoalKind.PRIMARY, "Have one friend to have coffee with",
                clock.instant()));
        aggregates.insert(Goal.set(world.ana().id(), GoalKind.SECONDARY, "Join a walking club", clock.instant()));
        aggregates.insert(Goal.set(ben.id(), GoalKind.PRIMARY, "Ir al grupo cada semana", clock.instant()));
        aggregates.insert(Goal.set(ben.id(), GoalKind.SECONDARY, "Caminar los domingos", clock.instant()));
        Participant person = row.person() == Person.ANA ? world.ana() : ben;
        Chat chat = chat(world, person, via);

        for (String message : row.before()) {
            chat.send(via == Via.TELEGRAM ? slashForm(message) : message);
        }
        int earlier = chat.received().size();
        chat.send(via == Via.TELEGRAM ? row.slash() : row.sms());

        List<String> replies = chat.received().subList(earlier, chat.received().size());
        assertThat(replies).as("replies to " + row.command()).isNotEmpty();
        assertThat(String.join("\n", replies)).as("the reply to " + row.command()).contains(row.facts());
        if (row.smsAnswers() != null && via == Via.SMS) {
            assertThat(replies.get(replies.size() - 1)).as("how to answer by SMS").contains(row.smsAnswers());
        }
        if (row.smsAnswers() != null && via == Via.TELEGRAM) {
            List<JsonNode> sent = telegramMessagesTo(chat.address());
            JsonNode question = sent.get(sent.size() - 1);
            assertThat(question.path("reply_markup").path("inline_keyboard").isEmpty())
                    .as("buttons under " + question).isFalse();
        }
        if (row.silentAfter() != null) {
            int afterStop = chat.received().size();
            chat.send(row.silentAfter());
            assertThat(chat.received()).as("nothing is sent after STOP").hasSize(afterStop);
        }
    }

    /** One person on one channel: what they send, and everything the bot has sent them there. */
    record Chat(String address, Consumer<String> sender, Supplier<List<String>> inbox) {

        void send(String text) {
            sender.accept(text);
        }

        List<String> received() {
            return inbox.get();
        }
    }

    private Chat chat(Fixtures.World world, Participant person, Via via) {
        boolean ana = person.id().equals(world.ana().id());
        return switch (via) {
            case SMS -> {
                String phone = ana ? world.anaSms().address() : fixtures.sms(person).address();
                yield new Chat(phone, text -> {
                    nextSecond();
                    sms(phone, text);
                }, () -> smsBodiesTo(phone));
            }
            case TELEGRAM -> {
                String chatId = ana ? fixtures.telegram(person).address() : world.benTelegram().address();
                yield new Chat(chatId, text -> {
                    nextSecond();
                    telegramText(chatId, text);
                }, () -> telegramTextsTo(chatId));
            }
            case SANDBOX -> {
                String address = "participant-" + person.id();
                yield new Chat(address, text -> {
                    nextSecond();
                    sandbox(person.id(), text);
                }, () -> sandboxRepliesSince(address, Instant.EPOCH));
            }
        };
    }

    /** "SPENT 12.50 bowling" as a Telegram command: "/spent 12.50 bowling". */
    static String slashForm(String keywordForm) {
        int space = keywordForm.indexOf(' ');
        String word = space < 0 ? keywordForm : keywordForm.substring(0, space);
        return "/" + word.toLowerCase(Locale.ROOT) + (space < 0 ? "" : keywordForm.substring(space));
    }

    /** Each message a second after the last, so the sandbox chat page orders the lines. */
    private void nextSecond() {
        clock.advance(Duration.ofSeconds(1));
    }
}
