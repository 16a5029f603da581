package org.peerpartners.companion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerpartners.companion.testing.TestDatabaseInitializer.TestDatabases;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The demo program on a fresh database at awkward moments: a Monday morning, the first
 * minutes of a month in New York (still the previous month in Chicago), the night the clocks
 * spring forward, a Sunday evening. Whatever "now" is, the data must read as a program in
 * the middle of its week.
 */
class DemoDataLoaderTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T15:00:00Z", "2026-12-01T05:30:00Z", "2027-03-14T07:30:00Z", "2026-11-30T03:00:00Z"})
    void loadsAWholeProgramOnceAndPlacesItAroundNow(String moment) {
        Instant now = Instant.parse(moment);
        DriverManagerDataSource dataSource = migratedDatabase();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        var loader = new DemoDataLoader(new DemoProperties(true, NEW_YORK), new MockEnvironment(), jdbc,
                new DataSourceTransactionManager(dataSource), Clock.fixed(now, ZoneOffset.UTC));

        loader.run(new DefaultApplicationArguments());
        assertThat(loader.loadIfEmpty()).as("second start").isFalse();

        assertThat(jdbc.sql("SELECT name FROM program").query(String.class).list()).containsExactly("Peer Partners — Riverside");
        assertStaff(jdbc);
        assertGroups(jdbc, now);
        assertGoalsAndPlans(jdbc, now);
        assertBudgets(jdbc, now);
        assertInviteCodes(jdbc);
        assertNothingHappensInTheFuture(jdbc, now);
        assertThat(jdbc.sql("SELECT count(*) FROM activity WHERE cost = 0").query(Long.class).single()).isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("SELECT count(*) FROM journal_entry WHERE shared_with_coach").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM journal_entry WHERE NOT shared_with_coach").query(Long.class).single()).isPositive();
    }

    private static void assertStaff(JdbcClient jdbc) {
        var staff = jdbc.sql("""
                SELECT s.email, s.role, s.password_hash, boss.email AS supervisor
                FROM staff_user s LEFT JOIN staff_user boss ON boss.id = s.supervisor_id ORDER BY s.email""")
                .query().listOfRows();
        assertThat(staff).extracting(row -> row.get("email")).containsExactlyInAnyOrder(
                "admin@demo.peerpartners.org", "sam@demo.peerpartners.org", "carmen@demo.peerpartners.org",
                "luis@demo.peerpartners.org");
        assertThat(staff).filteredOn(row -> row.get("role").equals("COACH"))
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.get("supervisor")).isEqualTo("sam@demo.peerpartners.org"));
        var bcrypt = new BCryptPasswordEncoder();
        assertThat(staff).allSatisfy(row -> assertThat(bcrypt.matches(DemoLogins.PASSWORD, (String) row.get("password_hash"))).isTrue());
    }

    private static void assertGroups(JdbcClient jdbc, Instant now) {
        var groups = jdbc.sql("""
                SELECT g.id, g.time_zone, s.cadence, c.email,
                       (SELECT count(*) FROM participant p WHERE p.group_id = g.id) AS people,
                       (SELECT count(*) FROM participant p WHERE p.group_id = g.id AND p.language = 'es') AS spanish
                FROM peer_group g JOIN meeting_series s ON s.group_id = g.id JOIN staff_user c ON c.id = g.coach_id
                ORDER BY g.time_zone DESC""").query().listOfRows();
        assertThat(groups).hasSize(2);
        assertThat(groups).extracting(row -> row.get("time_zone")).containsExactly("America/New_York", "America/Chicago");
        assertThat(groups).extracting(row -> row.get("cadence")).containsExactly("WEEKLY", "BIWEEKLY");
        assertThat(groups).allSatisfy(row -> assertThat((Long) row.get("people")).isBetween(10L, 12L));
        assertThat((Long) groups.get(1).get("spanish") * 2).as("mostly Spanish-speaking").isGreaterThan((Long) groups.get(1).get("people"));

        for (Map<String, Object> group : groups) {
            long id = (Long) group.get("id");
            List<Long> setSizes = jdbc.sql("""
                    SELECT count(*) FROM buddy_set b JOIN buddy_member m ON m.buddy_set_id = b.id
                    WHERE b.group_id = ? GROUP BY b.id ORDER BY count(*)""").param(id).query(Long.class).list();
            assertThat(setSizes).as("pairs and one trio").containsOnly(2L, 3L).filteredOn(size -> size == 3).hasSize(1);
            assertThat(setSizes.stream().mapToLong(Long::longValue).sum()).isEqualTo((Long) group.get("people"));
            var upcoming = jdbc.sql("SELECT count(*) FROM meeting WHERE group_id = ? AND status = 'SCHEDULED' AND starts_at > ?")
                    .params(id, utc(now)).query(Long.class).single();
            assertThat(upcoming).as("next meetings").isGreaterThanOrEqualTo(2);
            var heldButFuture = jdbc.sql("SELECT count(*) FROM meeting WHERE group_id = ? AND status = 'HELD' AND ends_at > ?")
                    .params(id, utc(now)).query(Long.class).single();
            assertThat(heldButFuture).isZero();
        }
    }

    private static void assertGoalsAndPlans(JdbcClient jdbc, Instant now) {
        var people = jdbc.sql("""
                SELECT p.id, p.time_zone,
                       (SELECT count(*) FROM goal WHERE participant_id = p.id AND replaced_at IS NULL AND kind = 'PRIMARY') AS primaries,
                       (SELECT count(*) FROM goal WHERE participant_id = p.id AND replaced_at IS NULL AND kind = 'SECONDARY') AS secondaries
                FROM participant p""").query().listOfRows();
        assertThat(people).allSatisfy(row -> {
            assertThat(row.get("primaries")).isEqualTo(1L);
            assertThat(row.get("secondaries")).isEqualTo(1L);
            LocalDate monday = LocalDate.ofInstant(now, ZoneId.of((String) row.get("time_zone")))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long items = jdbc.sql("""
                    SELECT count(*) FROM plan_item i JOIN action_plan a ON a.id = i.plan_id
                    WHERE a.participant_id = ? AND a.week_start = ?""").params(row.get("id"), monday).query(Long.class).single();
            assertThat(items).as("this week's plan").isBetween(2L, 3L);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM goal WHERE replaced_by_id IS NOT NULL").query(Long.class).single())
                .as("a goal that changed").isPositive();
        assertThat(jdbc.sql("SELECT DISTINCT outcome FROM check_in").query(String.class).list())
                .contains("DONE", "PARTLY", "NOT_THIS_TIME");
        assertThat(jdbc.sql("SELECT count(*) FROM plan_item WHERE planned_time IS NOT NULL AND estimated_cost > 0")
                .query(Long.class).single()).isPositive();
    }

    private static void assertBudgets(JdbcClient jdbc, Instant now) {
        var people = jdbc.sql("""
                SELECT p.id, p.time_zone, p.monthly_allowance FROM participant p""").query().listOfRows();
        long spendersThisMonth = 0;
        for (Map<String, Object> person : people) {
            BigDecimal allowance = (BigDecimal) person.get("monthly_allowance");
            assertThat(allowance).isBetween(new BigDecimal("35"), new BigDecimal("60"));
            LocalDate month = LocalDate.ofInstant(now, ZoneId.of((String) person.get("time_zone"))).withDayOfMonth(1);
            BigDecimal spent = jdbc.sql("""
                    SELECT coalesce(sum(amount), 0) FROM spending_entry
                    WHERE participant_id = ? AND month = ? AND undone_at IS NULL""")
                    .params(person.get("id"), month).query(BigDecimal.class).single();
            assertThat(spent).isLessThan(allowance);
            spendersThisMonth += spent.signum();
        }
        assertThat(spendersThisMonth).as("people with spending this month").isGreaterThanOrEqualTo(people.size() / 2);
        assertThat(jdbc.sql("SELECT count(*) FROM spending_entry WHERE undone_at IS NOT NULL").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM spending_entry WHERE created_by_staff_id IS NOT NULL").query(Long.class).single()).isPositive();
    }

    private static void assertInviteCodes(JdbcClient jdbc) {
        List<String> codes = jdbc.sql("SELECT code FROM invite_code").query(String.class).list();
        long people = jdbc.sql("SELECT (SELECT count(*) FROM participant) + (SELECT count(*) FROM staff_user)").query(Long.class).single();
        assertThat(codes).hasSize((int) people).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}"));
    }

    private static void assertNothingHappensInTheFuture(JdbcClient jdbc, Instant now) {
        for (String column : List.of("check_in.created_at", "spending_entry.spent_at", "spending_entry.undone_at",
                "journal_entry.created_at", "buddy_contact.occurred_at", "goal.set_at", "participant.created_at",
                "action_plan.created_at")) {
            String[] parts = column.split("\\.");
            long future = jdbc.sql("SELECT count(*) FROM " + parts[0] + " WHERE " + parts[1] + " > ?")
                    .param(utc(now)).query(Long.class).single();
            assertThat(future).as(column).isZero();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static DriverManagerDataSource migratedDatabase() {
        var properties = TestDatabases.create();
        var dataSource = new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"), (String) properties.get("spring.datasource.password"));
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }
}
