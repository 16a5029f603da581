package org.peerpartners.companion.web.participant;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.peerpartners.companion.budget.BudgetMonth;
import org.peerpartners.companion.budget.Money;

/** What the participant page shows; every time is already in the participant's own zone. */
final class ParticipantPage {

    private ParticipantPage() {
    }

    record Profile(long id, String firstName, String language, ZoneId timeZone, LocalTime quietStart,
            LocalTime quietEnd, String status, ZonedDateTime pausedUntil, LocalDate enrolledOn, long groupId,
            String groupName) {

        public boolean paused(ZonedDateTime now) {
            return pausedUntil != null && pausedUntil.isAfter(now);
        }
    }

    /** @param address masked: never the full phone number or chat id */
    record ChannelLink(String channel, String address, ZonedDateTime linkedAt, ZonedDateTime optedOutAt,
            ZonedDateTime unlinkedAt) {

        public boolean linked() {
            return unlinkedAt == null;
        }
    }

    record Consent(ZonedDateTime occurredAt, String channel, String address, String kind, String source) {
    }

    record GoalLine(String kind, String text, ZonedDateTime setAt, ZonedDateTime replacedAt) {
    }

    record CheckInLine(String outcome, Integer confidence, Integer achievement, String note, ZonedDateTime at) {
    }

    record PlanLine(int number, String text, LocalDate plannedOn, LocalTime plannedTime, Money estimatedCost,
            Integer confidenceBefore, boolean removed, List<CheckInLine> checkIns) {
    }

    record Week(LocalDate weekStart, List<PlanLine> items) {
    }

    record Spending(ZonedDateTime spentAt, String description, Money amount, boolean undone, boolean byStaff) {
    }

    record Allocation(String purpose, Money amount) {
    }

    record Budget(YearMonth month, BudgetMonth totals, List<Spending> ledger, List<Allocation> allocations) {
    }

    record Journal(ZonedDateTime at, String text) {
    }

    /** @param moved the reminder was moved from its first time (e.g. out of quiet hours) */
    record Reminder(String kind, ZonedDateTime dueAt, ZonedDateTime originalDueAt, String status, String reason,
            ZonedDateTime processedAt) {

        public boolean moved() {
            return !dueAt.isEqual(originalDueAt);
        }
    }
}
