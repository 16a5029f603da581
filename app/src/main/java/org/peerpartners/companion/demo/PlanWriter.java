package org.peerpartners.companion.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.peerpartners.companion.demo.DemoContent.Idea;
import org.peerpartners.companion.demo.DemoContent.Person;

/** Goals, last week's and this week's action plans, check-ins and spending for one person. */
final class PlanWriter {

    private static final LocalTime EVENING = LocalTime.of(20, 0);

    private final Sql sql;
    private final Random variety;
    private final Instant now;
    private final ZoneId zone;
    private final Map<String, Long> activities;
    private final List<String> notes;
    private final LocalDate thisWeek;

    PlanWriter(Sql sql, Random variety, Instant now, ZoneId zone, Map<String, Long> activities, List<String> notes) {
        this.sql = sql;
        this.variety = variety;
        this.now = now;
        this.zone = zone;
        this.activities = activities;
        this.notes = notes;
        // Plans run Monday to Sunday in the person's own time zone.
        this.thisWeek = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The current primary and secondary goal; {@code changedOnce} adds an earlier, replaced primary. */
    long[] goals(long participant, Person person, LocalDate enrolled, boolean changedOnce) {
        Instant setAt = enrolled.atTime(18, 0).atZone(zone).toInstant();
        Instant changedAt = changedOnce ? setAt.plus(Duration.ofDays(21)) : setAt;
        long primary = goal(participant, "PRIMARY", person.primaryGoal(), changedAt);
        long secondary = goal(participant, "SECONDARY", person.secondaryGoal(), setAt);
        if (changedOnce) {
            sql.update("""
                    INSERT INTO goal (participant_id, kind, text, set_at, replaced_at, replaced_by_id)
                    VALUES (?, 'PRIMARY', ?, ?, ?, ?)""",
                    participant, person.language().equals("es") ? "Sentirme menos sola" : "Feel less alone",
                    Sql.at(setAt), Sql.at(changedAt), primary);
        }
        return new long[] {primary, secondary};
    }

    private long goal(long participant, String kind, String text, Instant setAt) {
        return sql.id("INSERT INTO goal (participant_id, kind, text, set_at) VALUES (?, ?, ?, ?) RETURNING id",
                participant, kind, text, Sql.at(setAt));
    }

    /** Last week's plan, all checked in, and this week's, checked in where its day has passed. */
    void plans(long participant, Person person, long[] goals, boolean checksIn) {
        plan(participant, thisWeek.minusWeeks(1), person.plan(), goals, true, false);
        plan(participant, thisWeek, person.plan(), goals, checksIn, true);
    }

    private void plan(long participant, LocalDate week, List<Idea> ideas, long[] goals, boolean checksIn,
            boolean current) {
        Instant written = earlier(week.atStartOfDay(zone).toInstant(), now);
        long plan = sql.id("INSERT INTO action_plan (participant_id, week_start, created_at) VALUES (?, ?, ?) RETURNING id",
                participant, week, Sql.at(written));
        for (int n = 0; n < ideas.size(); n++) {
            Idea idea = ideas.get(n);
            LocalDate day = idea.day() == null ? null : week.with(TemporalAdjusters.nextOrSame(idea.day()));
            long item = sql.id("""
                    INSERT INTO plan_item (plan_id, number, text, planned_on, planned_time, goal_id, activity_id,
                                           estimated_cost, confidence_before, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                    plan, n + 1, idea.text(), day, day == null ? null : idea.time(), n < 2 ? goals[n] : null,
                    idea.activity() == null ? null : activities.get(idea.activity()), idea.cost(),
                    4 + variety.nextInt(6), Sql.at(written));
            boolean costs = idea.cost() != null && idea.cost().signum() > 0;
            if (current && costs) {
                LocalDate month = (day == null ? week : day).withDayOfMonth(1);
                sql.update("""
                        INSERT INTO budget_allocation (participant_id, month, amount, purpose, plan_item_id, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""", participant, month, idea.cost(), idea.text(), item, Sql.at(written));
            }
            Instant happened = happened(week, day, idea.time(), current);
            if (checksIn && happened != null && happened.plus(Duration.ofHours(3)).isBefore(now)) {
                String outcome = outcome();
                checkIn(item, outcome, happened.plus(Duration.ofHours(3)));
                if (costs && !outcome.equals("NOT_THIS_TIME")) {
                    spend(participant, idea.cost(), idea.text(), item, happened, null);
                }
            }
        }
    }

    /** When the activity took place; an undated item of last week counts as done on Thursday. */
    private Instant happened(LocalDate week, LocalDate day, LocalTime time, boolean current) {
        if (day == null) {
            return current ? null : week.plusDays(3).atTime(EVENING).atZone(zone).toInstant();
        }
        return day.atTime(time == null ? EVENING : time).atZone(zone).toInstant();
    }

    private String outcome() {
        int roll = variety.nextInt(20);
        return roll < 12 ? "DONE" : roll < 17 ? "PARTLY" : "NOT_THIS_TIME";
    }

    private void checkIn(long item, String outcome, Instant at) {
        Integer achievement = switch (outcome) {
            case "DONE" -> 7 + variety.nextInt(4);
            case "PARTLY" -> 4 + variety.nextInt(3);
            default -> null;
        };
        String note = variety.nextInt(3) == 0 ? null
                : outcome.equals("NOT_THIS_TIME") ? notes.get(3) : notes.get(variety.nextInt(notes.size()));
        sql.update("""
                INSERT INTO check_in (plan_item_id, outcome, confidence, achievement, note, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", item, outcome, 5 + variety.nextInt(5), achievement, note, Sql.at(at));
    }

    /** A couple of small everyday costs this month, one logged by the coach and one undone. */
    void extraSpending(long participant, int index, long coach) {
        Instant monthStart = LocalDate.ofInstant(now, zone).withDayOfMonth(1).atStartOfDay(zone).toInstant();
        long span = Math.max(1, Duration.between(monthStart, now).toMinutes());
        Instant first = monthStart.plus(Duration.ofMinutes(span / 3 + variety.nextInt((int) Math.min(span / 3 + 1, 10_000))));
        if (index % 2 == 0) {
            spend(participant, new BigDecimal("2.50"), "Bus fare / pasaje", null, first, null);
        }
        if (index % 3 == 0) {
            spend(participant, new BigDecimal("4.75"), "Coffee with my buddy / café con mi compa", null, first, null);
        }
        if (index == 1) {
            spend(participant, new BigDecimal("3.00"), "Bowling shoes / zapatos de boliche", null, first, coach);
        }
        if (index == 2) {
            long undone = spend(participant, new BigDecimal("7.00"), "Movie ticket (typo) / boleto", null, first, null);
            sql.update("UPDATE spending_entry SET undone_at = ? WHERE id = ?",
                    Sql.at(earlier(first.plus(Duration.ofMinutes(10)), now)), undone);
        }
    }

    private long spend(long participant, BigDecimal amount, String description, Long item, Instant at, Long staff) {
        LocalDate month = LocalDate.ofInstant(at, zone).withDayOfMonth(1);
        return sql.id("""
                INSERT INTO spending_entry (participant_id, month, amount, description, plan_item_id, spent_at,
                                            created_by_staff_id)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", participant, month, amount, description, item,
                Sql.at(earlier(at, now)), staff);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
