package org.peerpartners.companion.bot.conversation.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.goal.Goal;
import org.peerpartners.companion.goal.GoalKind;
import org.peerpartners.companion.messaging.Channel;

/** Ana (English, SMS, $50 a month) on Monday 2 March 2026, 10 am in New York. */
class ParticipantRuntimeTests extends RuntimeTestSupport {

    @Test
    void planListsThisWeeksItemsAndAddGivesTheNextNumber() {
        assertThat(reply(send(Channel.SMS, anaPhone(), "PLAN")))
                .contains("1. Free art class at the... (Wed Mar 4, 3:00 PM) - to do")
                .contains("2. Walk in the park with Ben - to do");

        long add = send(Channel.SMS, anaPhone(), "ADD tue 6pm book club");

        assertThat(reply(add)).startsWith("Added #3: book club on Tue Mar 3, 6:00 PM.");
        assertThat(jdbc.sql("SELECT planned_on || ' ' || planned_time FROM plan_item WHERE plan_id = :plan AND number = 3")
                .param("plan", world.anaPlan().id()).query(String.class).single()).isEqualTo("2026-03-03 18:00:00");
        // a long plan is split over several texts
        assertThat(String.join("\n", repliesTo(send(Channel.SMS, anaPhone(), "PLAN"))))
                .contains("3. book club (Tue Mar 3, 6:00 PM) - to do");
    }

    @Test
    void aRemovedItemsNumberIsNeverReusedAndTheReplyNamesTheNewNumber() {
        jdbc.sql("UPDATE plan_item SET removed_at = now() WHERE id = :id").param("id", world.anaItems().get(1).id())
                .update();

        long add = send(Channel.SMS, anaPhone(), "ADD call Ben");

        assertThat(reply(add)).isEqualTo("Added #3: call Ben. Send DONE 3 when you do it.");
        assertThat(count("SELECT count(*) FROM plan_item WHERE number = 3 AND text = 'call Ben'")).isEqualTo(1);
    }

    @Test
    void doneRecordsACheckInAsksHowItWentAndKeepsTheRating() {
        long done = send(Channel.SMS, anaPhone(), "DONE 1");

        assertThat(reply(done)).startsWith("Great job on Free art class at the library! How did it go")
                .endsWith("Reply with a number 0 to 10, or SKIP.");
        assertThat(count("SELECT count(*) FROM check_in WHERE plan_item_id = ? AND outcome = 'DONE'",
                world.anaItems().get(0).id())).isEqualTo(1);

        assertThat(reply(send(Channel.SMS, anaPhone(), "8"))).startsWith("Thanks, 8 out of 10.");
        assertThat(count("SELECT achievement FROM check_in WHERE plan_item_id = ?", world.anaItems().get(0).id()))
                .isEqualTo(8);
        assertThat(reply(send(Channel.SMS, anaPhone(), "It was fun"))).isEqualTo("Thanks, I added that to your check-in.");
        assertThat(jdbc.sql("SELECT note FROM check_in").query(String.class).single()).isEqualTo("It was fun");
        assertThat(count("SELECT count(*) FROM conversation_state")).isZero();
        assertThat(reply(send(Channel.SMS, anaPhone(), "PLAN"))).contains("1. Free art class at the... (Wed Mar 4, 3:00 PM) - done");
    }

    @Test
    void onTelegramTheRatingQuestionCarriesButtonsInBensLanguage() {
        assertThat(reply(send(Channel.TELEGRAM, benChat(), "AGREGAR caminar con Ana"))).startsWith("Agregado #1");

        long done = send(Channel.TELEGRAM, benChat(), "HECHO 1");

        String markup = jdbc.sql("SELECT reply_markup::text FROM outbound_message WHERE dedup_key = :key")
                .param("key", "reply:" + done + ":1").query(String.class).single();
        assertThat(markup).contains("{\"data\": \"10\", \"label\": \"10\"}")
                .contains("{\"data\": \"SKIP\", \"label\": \"Saltar\"}");
        assertThat(reply(done)).doesNotContain("SKIP");
    }

    @Test
    void spentLogsTheEntryAndSaysWhatIsLeftButRefusesMoreThanIsLeft() {
        long spent = send(Channel.SMS, anaPhone(), "SPENT 12.50 bowling");

        assertThat(reply(spent)).isEqualTo("Logged $12.50 for bowling. You have $37.50 left this month.");
        assertThat(jdbc.sql("SELECT month || ' ' || amount || ' ' || description || ' ' || source_message_id FROM spending_entry")
                .query(String.class).single()).isEqualTo("2026-03-01 12.50 bowling " + spent);

        long over = send(Channel.SMS, anaPhone(), "SPENT 40 concert");

        assertThat(reply(over)).startsWith("That is more than you have left this month ($37.50)");
        assertThat(count("SELECT count(*) FROM spending_entry")).isEqualTo(1);
    }

    @Test
    void undoTakesBackTheLastEntryAndBudgetShowsTheMonth() {
        send(Channel.SMS, anaPhone(), "SPENT 12.50 bowling");
        clock.advance(java.time.Duration.ofHours(1));

        assertThat(reply(send(Channel.SMS, anaPhone(), "UNDO")))
                .isEqualTo("Removed $12.50 for bowling. You now have $50.00 left this month.");
        assertThat(count("SELECT count(*) FROM spending_entry WHERE undone_at IS NOT NULL")).isEqualTo(1);
        assertThat(reply(send(Channel.SMS, anaPhone(), "UNDO"))).isEqualTo("There is nothing to undo.");

        send(Channel.SMS, anaPhone(), "SPENT 5 bus");
        assertThat(reply(send(Channel.SMS, anaPhone(), "BUDGET")))
                .isEqualTo("This month: your budget is $50.00. You spent $5.00. You have $45.00 left.");
    }

    @Test
    void goalsShowsTheCurrentGoals() {
        aggregates.insert(Goal.set(world.ana().id(), GoalKind.PRIMARY, "Have one friend to have coffee with",
                clock.instant()));
        aggregates.insert(Goal.set(world.ana().id(), GoalKind.SECONDARY, "Join a walking club", clock.instant()));

        assertThat(reply(send(Channel.SMS, anaPhone(), "GOALS")))
                .isEqualTo("Your main goal: Have one friend to have coffee with. Your other goals: Join a walking club");
    }

    @Test
    void journalAsksSavesPrivatelyAndSharesOnlyWhenAsked() {
        assertThat(reply(send(Channel.SMS, anaPhone(), "JOURNAL"))).endsWith("Just type your answer.");
        assertThat(reply(send(Channel.SMS, anaPhone(), "I called my sister"))).startsWith("Saved. It is private");
        assertThat(jdbc.sql("SELECT text || ' ' || shared_with_coach FROM journal_entry").query(String.class).single())
                .isEqualTo("I called my sister false");

        assertThat(reply(send(Channel.SMS, anaPhone(), "yes"))).isEqualTo("Done. Your coach can see this one.");
        assertThat(count("SELECT count(*) FROM journal_entry WHERE shared_with_coach")).isEqualTo(1);
    }

    @Test
    void nextNamesTheSeriesNextMeetingInAnasZone() {
        assertThat(reply(send(Channel.SMS, anaPhone(), "NEXT")))
                .isEqualTo("Next group: Thu Nov 5, 6:00 PM at Queens Library, Room 2.");
    }

    @Test
    void nextPrefersAnEarlierMeetingRowOverTheSeries() {
        jdbc.sql("""
                INSERT INTO meeting (group_id, starts_at, ends_at, place)
                VALUES (:group, TIMESTAMPTZ '2026-03-05 23:00:00Z', TIMESTAMPTZ '2026-03-06 00:30:00Z', 'Community room')
                """).param("group", world.group().id()).update();

        assertThat(reply(send(Channel.SMS, anaPhone(), "NEXT"))).isEqualTo("Next group: Thu Mar 5, 6:00 PM at Community room.");
    }

    @Test
    void pauseSetsTheDateAndResumeClearsIt() {
        assertThat(reply(send(Channel.SMS, anaPhone(), "PAUSE 3"))).startsWith("Reminders are off until Thu Mar 5.");
        assertThat(jdbc.sql("SELECT paused_until FROM participant WHERE id = :id").param("id", world.ana().id())
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single())
                .isEqualTo(Instant.parse("2026-03-05T05:00:00Z"));

        assertThat(reply(send(Channel.SMS, anaPhone(), "RESUME"))).isEqualTo("Welcome back! Your reminders are on again.");
        assertThat(count("SELECT count(*) FROM participant WHERE id = ? AND paused_until IS NULL", world.ana().id()))
                .isEqualTo(1);
    }

    @Test
    void langEsSwitchesAnaToSpanish() {
        assertThat(reply(send(Channel.SMS, anaPhone(), "LANG ES"))).isEqualTo("Listo, ahora te escribo en español.");
        assertThat(reply(send(Channel.SMS, anaPhone(), "UNDO"))).isEqualTo("No hay nada que deshacer.");
    }
}
