package org.peerpartners.companion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.summary.PreGroupSummary;
import org.peerpartners.companion.summary.PreGroupSummary.Person;
import org.peerpartners.companion.summary.PreGroupSummaryWriter;
import org.peerpartners.companion.summary.SummaryJson;
import org.peerpartners.companion.testing.TestDatabaseInitializer.TestDatabases;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The pre-group summary of the demo's Riverside Tuesday Group for its next meeting
 * (Tuesday 24 November 2026, 6 pm in New York), loaded on the Sunday evening before: the
 * content a coach would read, from the demo's own plans, check-ins, journals and attendance.
 * The demo's week is written so that Sunny has not checked in this week.
 */
class DemoSummaryTests {

    static final Instant NOW = Instant.parse("2026-11-22T23:00:00Z");
    static final Instant NEXT_MEETING = Instant.parse("2026-11-24T23:00:00Z");
    static final Instant LAST_MEETING = Instant.parse("2026-11-17T23:00:00Z");

    static JdbcClient jdbc;
    static PreGroupSummary summary;

    @BeforeAll
    static void loadDemoAndBuild() {
        var properties = TestDatabases.create();
        var dataSource = new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"), (String) properties.get("spring.datasource.password"));
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        new DemoDataLoader(new DemoProperties(true, ZoneId.of("America/New_York")), new MockEnvironment(), jdbc,
                new DataSourceTransactionManager(dataSource), Clock.fixed(NOW, ZoneOffset.UTC))
                .run(new DefaultApplicationArguments());
        summary = new PreGroupSummaryWriter(jdbc).build(nextRiversideMeeting()).orElseThrow();
    }

    private static long nextRiversideMeeting() {
        return jdbc.sql("""
                SELECT m.id FROM meeting m JOIN peer_group g ON g.id = m.group_id
                WHERE g.name = 'Riverside Tuesday Group' AND m.starts_at > ? ORDER BY m.starts_at LIMIT 1""")
                .param(NOW.atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }

    @Test
    void coversTheWeekSinceLastTuesdayForAllElevenInNameOrder() {
        assertThat(summary.meetingStartsAt()).isEqualTo(NEXT_MEETING);
        assertThat(summary.since()).isEqualTo(LAST_MEETING);
        assertThat(summary.place()).isEqualTo("Riverside Library, Community Room B");
        assertThat(summary.participants()).extracting(Person::firstName).containsExactly(
                "Ana", "Ben", "Dee", "Jolene", "Kevin", "Luz", "Marcus", "Priya", "Rae", "Sunny", "Tom");
    }

    @Test
    void onlyTheJournalLinesPeopleSharedAreThere() {
        assertThat(person("Ana").journal()).extracting(PreGroupSummary.JournalLine::text)
                .containsExactly("Today I said hi to a neighbor. Small, but it counted.");
        assertThat(person("Priya").journal()).extracting(PreGroupSummary.JournalLine::text)
                .containsExactly("Hard week. Group helps me remember I am not alone.");
        assertThat(person("Dee").journal()).isEmpty(); // her line was private
    }

    @Test
    void theOneWhoDidNotCheckInIsNamedAndEveryonesPlanIsShown() {
        assertThat(summary.group().withoutCheckIn()).containsExactly("Sunny");
        assertThat(person("Sunny").checkInCount()).isZero();
        assertThat(summary.participants()).allSatisfy(p -> assertThat(p.planItems()).isNotEmpty());
        assertThat(person("Ana").planItems()).extracting(PreGroupSummary.Item::text)
                .contains("Free art class at the library");
        assertThat(summary.participants()).filteredOn(p -> p.checkInCount() > 0).hasSize(10);
    }

    @Test
    void lastTuesdaysAttendanceAndThisMonthsBudgetsAreFromTheDemo() {
        PreGroupSummary.LastMeeting last = summary.group().lastMeeting();
        assertThat(last.startsAt()).isEqualTo(LAST_MEETING);
        assertThat(last.present() + last.absent() + last.excused()).isEqualTo(11);
        assertThat(last.unrecorded()).isZero();

        PreGroupSummary.Budget ana = person("Ana").budget();
        assertThat(ana.month()).isEqualTo("2026-11");
        assertThat(ana.allowance()).isEqualByComparingTo("50.00");
        assertThat(ana.left()).isEqualByComparingTo(ana.allowance().subtract(ana.spent()).max(java.math.BigDecimal.ZERO));
    }

    @Test
    void whatTheDemoPeopleDidCountsAsHearingFromThemAsOnTheDashboard() {
        // the demo holds check-ins, journal lines and spending but not the messages behind them
        assertThat(summary.participants()).filteredOn(p -> p.checkInCount() > 0)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.quiet()).as(p.firstName()).isFalse());
        assertThat(summary.group().quiet()).hasSizeLessThan(summary.participants().size());
        assertThat(summary.group().topic().key()).isNotBlank();
    }

    @Test
    void buildingAgainGivesTheSameContent() {
        PreGroupSummary again = new PreGroupSummaryWriter(jdbc).build(nextRiversideMeeting()).orElseThrow();

        assertThat(SummaryJson.write(again)).isEqualTo(SummaryJson.write(summary));
    }

    private static Person person(String name) {
        return summary.participants().stream().filter(p -> p.firstName().equals(name)).findFirst().orElseThrow();
    }
}
