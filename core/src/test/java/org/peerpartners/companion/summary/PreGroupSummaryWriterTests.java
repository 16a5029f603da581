package org.peerpartners.companion.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.summary.PreGroupSummary.Person;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coach Carmen's Thursday group before the meeting of 26 November 2026 (the last one was on
 * the 19th): Ana kept busy and wrote to the bot; Ben went quiet and raised a safety alert.
 */
@CoreDataTest
class PreGroupSummaryWriterTests {

    static final Instant LAST_MEETING = Instant.parse("2026-11-19T23:00:00Z");
    static final Instant NEXT_MEETING = Instant.parse("2026-11-26T23:00:00Z");

    @Autowired PreGroupSummaryWriter writer;
    @Autowired StoredSummaries stored;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    Fixtures.World world;
    long next;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
        long ana = world.ana().id();
        long ben = world.ben().id();
        long last = meeting(LAST_MEETING, "HELD");
        next = meeting(NEXT_MEETING, "SCHEDULED");
        jdbc.sql("INSERT INTO attendance VALUES (?, ?, 'PRESENT'), (?, ?, 'ABSENT')").params(last, ana, last, ben).update();

        // last week's plan (rated 4) and this week's (rated 7 and 8): confidence goes up
        long lastWeek = id("INSERT INTO action_plan (participant_id, week_start) VALUES (?, DATE '2026-11-16') RETURNING id", ana);
        long oldItem = id("INSERT INTO plan_item (plan_id, number, text) VALUES (?, 1, 'Call my sister') RETURNING id", lastWeek);
        checkIn(oldItem, "PARTLY", 4, 4, "2026-11-17T20:00:00Z");
        long art = world.anaItems().get(0).id();
        checkIn(art, "DONE", 7, 8, "2026-11-25T21:00:00Z");
        checkIn(world.anaItems().get(1).id(), "DONE", 8, 9, "2026-11-24T16:00:00Z");

        jdbc.sql("""
                INSERT INTO spending_entry (participant_id, month, amount, description, spent_at)
                VALUES (?, DATE '2026-11-01', 12.50, 'Art supplies', TIMESTAMPTZ '2026-11-21T18:00:00Z'),
                       (?, DATE '2026-10-01', 30.00, 'Concert', TIMESTAMPTZ '2026-10-21T18:00:00Z')""")
                .params(ana, ana).update();
        jdbc.sql("""
                INSERT INTO budget_allocation (participant_id, month, amount, purpose)
                VALUES (?, DATE '2026-11-01', 20.00, 'Art class')""").param(ana).update();

        long set = world.anaAndBen().id();
        for (String at : new String[] {"2026-11-18T12:00:00Z", "2026-11-20T12:00:00Z", "2026-11-24T12:00:00Z"}) {
            jdbc.sql("INSERT INTO buddy_contact (buddy_set_id, from_participant_id, occurred_at) VALUES (?, ?, ?)")
                    .params(set, ana, OffsetDateTime.parse(at)).update();
        }

        journal(ana, "Before the last meeting", true, "2026-11-18T12:00:00Z");
        journal(ana, "Only for me", false, "2026-11-21T12:00:00Z");
        journal(ana, "The art class made me happy", true, "2026-11-22T12:00:00Z");

        jdbc.sql("""
                INSERT INTO inbound_message (channel, provider_id, sender_address, body, received_at, next_attempt_at)
                VALUES ('SMS', 'SM1', ?, 'done', TIMESTAMPTZ '2026-11-22T15:00:00Z', TIMESTAMPTZ '2026-11-22T15:00:00Z')""")
                .param(world.anaSms().address()).update();
        jdbc.sql("INSERT INTO safety_alert (participant_id, matched, created_at) VALUES (?, 'no way out', ?)")
                .params(ben, OffsetDateTime.parse("2026-11-23T02:00:00Z")).update();

        long old = id("INSERT INTO goal (participant_id, kind, text, set_at) VALUES (?, 'PRIMARY', 'Get out more', TIMESTAMPTZ '2026-10-01T12:00:00Z') RETURNING id", ana);
        long fresh = id("INSERT INTO goal (participant_id, kind, text, set_at) VALUES (?, 'SECONDARY', 'Paint every week', TIMESTAMPTZ '2026-11-20T12:00:00Z') RETURNING id", ana);
        jdbc.sql("UPDATE goal SET replaced_at = TIMESTAMPTZ '2026-11-20T12:00:00Z', replaced_by_id = ? WHERE id = ?")
                .params(fresh, old).update();
    }

    @Test
    void coversThePeriodSinceTheLastMeetingWithEveryoneInNameOrder() {
        PreGroupSummary summary = writer.build(next).orElseThrow();

        assertThat(summary.since()).isEqualTo(LAST_MEETING);
        assertThat(summary.until()).isEqualTo(NEXT_MEETING);
        assertThat(summary.groupName()).isEqualTo("Thursday Evening Group");
        assertThat(summary.participants()).extracting(Person::firstName).containsExactly("Ana", "Ben");
    }

    @Test
    void anasWeekShowsPlansCheckInsTrendsBudgetBuddyJournalAndGoals() {
        Person ana = writer.build(next).orElseThrow().participants().get(0);

        // last week's plan overlaps the period (the meeting was on Thursday); its check-in was before it
        assertThat(ana.planItems()).extracting(PreGroupSummary.Item::text)
                .containsExactly("Call my sister", "Free art class at the library", "Walk in the park with Ben");
        assertThat(ana.planItems().get(0).checkIns()).isEmpty();
        assertThat(ana.planItems().get(1).checkIns()).singleElement()
                .satisfies(c -> assertThat(c.outcome()).isEqualTo("DONE"));
        assertThat(ana.checkInCount()).isEqualTo(2);
        assertThat(ana.confidence().direction()).isEqualTo("UP");
        assertThat(ana.confidence().previous()).isEqualByComparingTo("4");
        assertThat(ana.confidence().current()).isEqualByComparingTo("7.5");
        assertThat(ana.achievement().current()).isEqualByComparingTo("8.5");
        assertThat(ana.budget().month()).isEqualTo("2026-11");
        assertThat(ana.budget().spent()).isEqualByComparingTo("12.50");
        assertThat(ana.budget().left()).isEqualByComparingTo("37.50");
        assertThat(ana.budget().planned()).isEqualByComparingTo("20.00");
        assertThat(ana.buddyContacts()).isEqualTo(2);
        assertThat(ana.journal()).extracting(PreGroupSummary.JournalLine::text)
                .containsExactly("The art class made me happy");
        // her last SMS was on the 22nd, but her check-in on the 25th came from a message too
        assertThat(ana.daysSinceLastMessage()).isEqualTo(1);
        assertThat(ana.quiet()).isFalse();
        assertThat(ana.goalChanges()).singleElement()
                .satisfies(g -> assertThat(g.text()).isEqualTo("Paint every week"))
                .satisfies(g -> assertThat(g.replaced()).isTrue());
        assertThat(ana.safetyAlerts()).isEmpty();
    }

    @Test
    void benIsQuietWithoutCheckInsAndHisAlertIsListed() {
        PreGroupSummary summary = writer.build(next).orElseThrow();
        Person ben = summary.participants().get(1);

        assertThat(ben.quiet()).isTrue();
        assertThat(ben.daysSinceLastMessage()).isNull();
        assertThat(ben.safetyAlerts()).singleElement().satisfies(a -> assertThat(a.acknowledged()).isFalse());
        assertThat(ben.budget().spent()).isEqualByComparingTo("0");
        assertThat(summary.group().withoutCheckIn()).containsExactly("Ben");
        assertThat(summary.group().quiet()).containsExactly("Ben");
    }

    @Test
    void groupPartShowsLastAttendanceAndAnExplainedTopic() {
        PreGroupSummary.GroupOverview group = writer.build(next).orElseThrow().group();

        assertThat(group.lastMeeting().startsAt()).isEqualTo(LAST_MEETING);
        assertThat(group.lastMeeting().present()).isEqualTo(1);
        assertThat(group.lastMeeting().absentNames()).containsExactly("Ben");
        assertThat(group.topic()).isEqualTo(new PreGroupSummary.Topic("celebrate-progress", "default", 1));
    }

    @Test
    void sameDataGivesTheSameContentAndItSurvivesStorage() {
        String first = SummaryJson.write(writer.build(next).orElseThrow());
        String second = SummaryJson.write(writer.build(next).orElseThrow());
        assertThat(second).isEqualTo(first);

        var written = writer.write(next, clock.instant()).orElseThrow();
        assertThat(written.created()).isTrue();
        assertThat(writer.write(next, clock.instant()).orElseThrow())
                .satisfies(again -> assertThat(again.created()).isFalse())
                .satisfies(again -> assertThat(again.summaryId()).isEqualTo(written.summaryId()));
        assertThat(stored.find(written.summaryId()).orElseThrow().content()).isEqualTo(written.summary());
        assertThat(stored.latestOfGroup(world.group().id())).contains(written.summaryId());
    }

    @Test
    void firstMeetingCoversTheWeekBeforeIt() {
        long first = meeting(Instant.parse("2026-11-12T23:00:00Z"), "HELD");

        PreGroupSummary summary = writer.build(first).orElseThrow();

        assertThat(summary.since()).isEqualTo(Instant.parse("2026-11-05T23:00:00Z"));
        assertThat(summary.group().lastMeeting()).isNull();
        assertThat(writer.build(-1)).isEmpty();
    }

    private long meeting(Instant start, String status) {
        return id("""
                INSERT INTO meeting (group_id, starts_at, ends_at, place, status)
                VALUES (?, ?, ?, 'Queens Library, Room 2', ?) RETURNING id""", world.group().id(),
                start.atOffset(ZoneOffset.UTC), start.plusSeconds(5400).atOffset(ZoneOffset.UTC), status);
    }

    private void checkIn(long item, String outcome, int confidence, int achievement, String at) {
        jdbc.sql("INSERT INTO check_in (plan_item_id, outcome, confidence, achievement, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(item, outcome, confidence, achievement, OffsetDateTime.parse(at)).update();
    }

    private void journal(long participant, String text, boolean shared, String at) {
        jdbc.sql("INSERT INTO journal_entry (participant_id, text, shared_with_coach, created_at) VALUES (?, ?, ?, ?)")
                .params(participant, text, shared, OffsetDateTime.parse(at)).update();
    }

    private long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
