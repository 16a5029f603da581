package org.peerpartners.companion.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpartners.companion.bot.conversation.Command.Add;
import org.peerpartners.companion.bot.conversation.Command.CheckIn;
import org.peerpartners.companion.bot.conversation.Command.Invalid;
import org.peerpartners.companion.bot.conversation.Command.PlannedDay;
import org.peerpartners.companion.bot.conversation.Command.Spent;

class CommandParserTests {

    static Stream<Arguments> commands() {
        return Stream.of(
                arguments("JOIN ab12cd", new Command.Join("AB12CD")),
                arguments("unirme AB12CD", new Command.Join("AB12CD")),
                arguments("/start AB12CD", new Command.Join("AB12CD")),
                arguments("/start", new Command.Start()),
                arguments("help", new Command.Help()),
                arguments("  HELP!! ", new Command.Help()),
                arguments("¡Ayuda!", new Command.Help()),
                arguments("/help@PeerPartnersBot", new Command.Help()),
                arguments("Plan.", new Command.Plan()),
                arguments("done 2", new CheckIn(CheckInOutcome.DONE, 2)),
                arguments("Done #2.", new CheckIn(CheckInOutcome.DONE, 2)),
                arguments("done2", new CheckIn(CheckInOutcome.DONE, 2)),
                arguments("HECHO 3", new CheckIn(CheckInOutcome.DONE, 3)),
                arguments("partly 1", new CheckIn(CheckInOutcome.PARTLY, 1)),
                arguments("PARCIAL 1", new CheckIn(CheckInOutcome.PARTLY, 1)),
                arguments("skip 4", new CheckIn(CheckInOutcome.NOT_THIS_TIME, 4)),
                arguments("NOHOY 4", new CheckIn(CheckInOutcome.NOT_THIS_TIME, 4)),
                arguments("no hoy 4", new CheckIn(CheckInOutcome.NOT_THIS_TIME, 4)),
                arguments("not this time 4", new CheckIn(CheckInOutcome.NOT_THIS_TIME, 4)),
                arguments("/done@MyBot 2", new CheckIn(CheckInOutcome.DONE, 2)),
                arguments("undo", new Command.Undo()),
                arguments("DESHACER", new Command.Undo()),
                arguments("budget?", new Command.Budget()),
                arguments("presupuesto", new Command.Budget()),
                arguments("goals", new Command.Goals()),
                arguments("METAS", new Command.Goals()),
                arguments("journal", new Command.Journal(Optional.empty())),
                arguments("diario hoy fui al parque", new Command.Journal(Optional.of("hoy fui al parque"))),
                arguments("JOURNAL: a good day", new Command.Journal(Optional.of("a good day"))),
                arguments("buddy want coffee?", new Command.Buddy("want coffee?")),
                arguments("COMPA ¿vamos?", new Command.Buddy("¿vamos?")),
                arguments("next", new Command.Next()),
                arguments("PRÓXIMA", new Command.Next()),
                arguments("proxima", new Command.Next()),
                arguments("pause 7", new Command.Pause(7)),
                arguments("PAUSA 30 días", new Command.Pause(30)),
                arguments("resume", new Command.Resume()),
                arguments("reanudar", new Command.Resume()),
                arguments("LANG ES", new Command.Lang(Language.ES)),
                arguments("lang english", new Command.Lang(Language.EN)),
                arguments("idioma español", new Command.Lang(Language.ES)),
                arguments("summary", new Command.Summary()),
                arguments("RESUMEN", new Command.Summary()),
                arguments("plan to call my sister", new Command.Unknown("plan to call my sister")),
                arguments("hello there", new Command.Unknown("hello there")),
                arguments("7", new Command.Unknown("7")),
                arguments("", new Command.Unknown("")),
                arguments("\uD83D\uDE00", new Command.Unknown("\uD83D\uDE00")));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void understandsCommandWordsInBothLanguages(String text, Command expected) {
        assertThat(CommandParser.parse(text, Language.EN)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "spent 12 bowling|12.00|bowling",
        "SPENT 12.5 bowling|12.50|bowling",
        "spent 12.50 bowling|12.50|bowling",
        "spent $12.50 bowling|12.50|bowling",
        "spent 12,50 bowling|12.50|bowling",
        "spent 5 on bus|5.00|bus",
        "/spent 12.50 bowling|12.50|bowling",
        "/spent@MyBot 12|12.00|''",
        "GASTÉ 8 café|8.00|café",
        "gaste 3,75 en el bus|3.75|el bus",
        "spent $ 4 coffee|4.00|coffee",
        "spent 1,000 rent|1000.00|rent"})
    void readsAmountsInTheAcceptedForms(String text, String amount, String what) {
        assertThat(CommandParser.parse(text, Language.EN)).isEqualTo(new Spent(new BigDecimal(amount), what));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "spent -5 bus|invalid.amount.not-positive",
        "spent 0 bus|invalid.amount.not-positive",
        "spent 0.00|invalid.amount.not-positive",
        "spent abc|invalid.amount.not-a-number",
        "spent 1e9 yacht|invalid.amount.not-a-number",
        "spent 12.505 x|invalid.amount.not-a-number",
        "spent 5000 tv|invalid.amount.too-large",
        "spent 1,250.00 tv|invalid.amount.too-large",
        "spent|invalid.amount.missing",
        "done|invalid.checkin.missing-number",
        "done it|invalid.checkin.missing-number",
        "HECHO 0|invalid.checkin.missing-number",
        "pause|invalid.pause.days",
        "pause 0|invalid.pause.days",
        "pause 31|invalid.pause.days",
        "pause -3|invalid.pause.days",
        "pause two|invalid.pause.days",
        "lang fr|invalid.lang",
        "buddy|invalid.buddy.missing-text",
        "join|invalid.join.missing-code",
        "add|invalid.add.missing-text",
        "add tue 6pm|invalid.add.missing-text"})
    void refusesUnusableDetailsWithAReason(String text, String reason) {
        assertThat(CommandParser.parse(text, Language.EN)).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.reason()).isEqualTo(reason));
    }

    @Test
    void refusesOverlongItemsAndBuddyMessages() {
        assertThat(CommandParser.parse("add " + "a".repeat(201), Language.EN))
                .isEqualTo(new Invalid("invalid.add.too-long", "add " + "a".repeat(201)));
        assertThat(CommandParser.parse("buddy " + "b".repeat(501), Language.EN)).isInstanceOf(Invalid.class);
    }

    static Stream<Arguments> additions() {
        Optional<PlannedDay> tuesday = Optional.of(new PlannedDay.Weekday(DayOfWeek.TUESDAY));
        Optional<PlannedDay> today = Optional.of(new PlannedDay.Today());
        Optional<PlannedDay> tomorrow = Optional.of(new PlannedDay.Tomorrow());
        return Stream.of(
                arguments("ADD tue 6pm book club", new Add("book club", tuesday, Optional.of(LocalTime.of(18, 0)))),
                arguments("add Tuesday at 6:30 pm book club", new Add("book club", tuesday, Optional.of(LocalTime.of(18, 30)))),
                arguments("add tue book club", new Add("book club", tuesday, Optional.empty())),
                arguments("add tomorrow 10am walk", new Add("walk", tomorrow, Optional.of(LocalTime.of(10, 0)))),
                arguments("add 6pm bowling", new Add("bowling", today, Optional.of(LocalTime.of(18, 0)))),
                arguments("add 2 coffees with Ben", new Add("2 coffees with Ben", Optional.empty(), Optional.empty())),
                arguments("add march for peace", new Add("march for peace", Optional.empty(), Optional.empty())),
                arguments("AGREGAR mar 18:00 club de lectura", new Add("club de lectura", tuesday, Optional.of(LocalTime.of(18, 0)))),
                arguments("agregar mañana 10am caminar", new Add("caminar", tomorrow, Optional.of(LocalTime.of(10, 0)))),
                arguments("agregar martes a las 18h cine", new Add("cine", tuesday, Optional.of(LocalTime.of(18, 0)))),
                arguments("agregar hoy cafe con Ana", new Add("cafe con Ana", today, Optional.empty())),
                arguments("add 12am midnight movie", new Add("midnight movie", today, Optional.of(LocalTime.MIDNIGHT))));
    }

    @ParameterizedTest
    @MethodSource("additions")
    void readsALeadingDayAndTimeWhenAddingToThePlan(String text, Add expected) {
        assertThat(CommandParser.parse(text, Language.EN)).isEqualTo(expected);
    }

    @Test
    void readsSlashDayWordsInThePersonsLanguage() {
        assertThat(CommandParser.parse("/add mar 18:00 cine", Language.ES)).isEqualTo(
                new Add("cine", Optional.of(new PlannedDay.Weekday(DayOfWeek.TUESDAY)), Optional.of(LocalTime.of(18, 0))));
    }
}
