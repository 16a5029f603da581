package org.peerpartners.companion.summary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a coach reads before a meeting: each participant's week since the last meeting and
 * a few facts about the group. Built by {@link PreGroupSummaryWriter} from the data alone
 * (no "now" inside), so the same data gives the same summary, and stored as JSON with the
 * meeting. Lists are in a fixed order (people by first name then id, events by time then id).
 *
 * @param since the start of the period: the previous meeting's start, or a week before
 *        this one when there is none
 * @param until the end of the period: this meeting's start
 */
public record PreGroupSummary(
        long meetingId,
        long groupId,
        String groupName,
        String timeZone,
        Instant meetingStartsAt,
        String place,
        Instant since,
        Instant until,
        GroupOverview group,
        List<Person> participants) {

    /** Days without a message from someone before they count as quiet. */
    public static final int QUIET_DAYS = 7;

    public PreGroupSummary {
        participants = List.copyOf(participants);
    }

    /**
     * @param lastMeeting attendance at the previous meeting, or null when there was none
     * @param withoutCheckIn first names of people with no check-in in the period
     * @param quiet first names of people quiet for {@link #QUIET_DAYS} days or more
     */
    public record GroupOverview(LastMeeting lastMeeting, List<String> withoutCheckIn, List<String> quiet,
            Topic topic) {

        public GroupOverview {
            withoutCheckIn = List.copyOf(withoutCheckIn);
            quiet = List.copyOf(quiet);
        }
    }

    /** Attendance at the previous meeting; {@code unrecorded} counts members with no row. */
    public record LastMeeting(Instant startsAt, int present, int absent, int excused, int unrecorded,
            List<String> absentNames) {

        public LastMeeting {
            absentNames = List.copyOf(absentNames);
        }
    }

    /**
     * The suggested skill-building topic and why.
     *
     * @param key one of {@link TopicRules.Topic}'s keys, e.g. {@code small-steps}
     * @param reason the rule that chose it, e.g. {@code not-this-time}
     * @param count how many people the rule saw
     */
    public record Topic(String key, String reason, int count) {
    }

    /**
     * One participant's period.
     *
     * @param daysSinceLastMessage whole days from their last message to the meeting's start,
     *        or null when they never wrote; what a message leaves behind (a check-in, a
     *        journal entry, spending they logged, a buddy message) counts as a message, as
     *        on the dashboard, since imported or demo data may hold those without the message
     * @param quiet no message for {@link #QUIET_DAYS} days or more (or never)
     */
    public record Person(
            long participantId,
            String firstName,
            List<Item> planItems,
            Trend confidence,
            Trend achievement,
            Budget budget,
            int buddyContacts,
            List<JournalLine> journal,
            Integer daysSinceLastMessage,
            boolean quiet,
            List<Alert> safetyAlerts,
            List<GoalChange> goalChanges) {

        public Person {
            planItems = List.copyOf(planItems);
            journal = List.copyOf(journal);
            safetyAlerts = List.copyOf(safetyAlerts);
            goalChanges = List.copyOf(goalChanges);
        }

        public int checkInCount() {
            return planItems.stream().mapToInt(item -> item.checkIns().size()).sum();
        }
    }

    /** A plan item of a week in the period, with the check-ins made on it. */
    public record Item(int number, String text, LocalDate plannedOn, Integer confidenceBefore, List<CheckIn> checkIns) {

        public Item {
            checkIns = List.copyOf(checkIns);
        }
    }

    /** @param outcome DONE, PARTLY or NOT_THIS_TIME */
    public record CheckIn(Instant at, String outcome, Integer confidence, Integer achievement) {
    }

    /**
     * Average ratings (0–10, one decimal) in the period before this one and in this one.
     *
     * @param direction UP, DOWN, SAME (within half a point) or NONE (nothing to compare)
     */
    public record Trend(BigDecimal previous, BigDecimal current, String direction) {

        public static final Trend NONE = new Trend(null, null, "NONE");
    }

    /** The social budget of the month the meeting falls in (participant's zone). */
    public record Budget(String month, String currency, BigDecimal allowance, BigDecimal spent, BigDecimal left,
            BigDecimal planned) {
    }

    /** A journal line the participant chose to share with the coach. */
    public record JournalLine(Instant at, String text) {
    }

    /** A safety alert raised in the period. */
    public record Alert(long alertId, Instant at, boolean acknowledged) {
    }

    /** A goal set in the period; {@code replaced} when it took another goal's place. */
    public record GoalChange(Instant at, String kind, String text, boolean replaced) {
    }
}
