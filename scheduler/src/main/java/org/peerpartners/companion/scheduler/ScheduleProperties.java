package org.peerpartners.companion.scheduler;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.peerpartners.companion.schedule.ScheduleSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code companion.schedule.*}: when scheduled messages go out and how the scheduler's jobs
 * run. Every property is in the README's configuration table.
 *
 * @param meetingLeads reminders before each meeting (24 h and 2 h)
 * @param activityLead reminder before a timed plan item
 * @param checkInDelay check-in prompt after a timed plan item
 * @param morning local time of the morning messages (check-in for untimed items, recap, budget)
 * @param freshFor how long a morning message stays worth sending
 * @param maxLateness a row found later than this after its due time is dropped (no burst after downtime)
 * @param horizon how far ahead meetings are expanded and messages planned
 * @param sweepInterval how often the due-message sweep runs
 * @param sweepBatch due rows claimed per transaction
 * @param planningInterval how often replan requests are processed
 * @param nightlyPlanning cron (UTC) of the full replan over the horizon
 * @param housekeeping cron (UTC) of the daily housekeeping
 * @param bodyRetention how long sent message bodies are kept before housekeeping blanks them
 */
@ConfigurationProperties("companion.schedule")
public record ScheduleProperties(
        @DefaultValue({"24h", "2h"}) List<Duration> meetingLeads,
        @DefaultValue("60m") Duration activityLead,
        @DefaultValue("3h") Duration checkInDelay,
        @DefaultValue("09:30") LocalTime morning,
        @DefaultValue("12h") Duration freshFor,
        @DefaultValue("3h") Duration maxLateness,
        @DefaultValue("56d") Duration horizon,
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("1000") int sweepBatch,
        @DefaultValue("15s") Duration planningInterval,
        @DefaultValue("0 30 2 * * ?") String nightlyPlanning,
        @DefaultValue("0 15 3 * * ?") String housekeeping,
        @DefaultValue("30d") Duration bodyRetention) {

    public ScheduleProperties {
        if (sweepBatch < 1 || sweepBatch > 10_000) {
            throw new IllegalArgumentException("companion.schedule.sweep-batch must be 1..10000: " + sweepBatch);
        }
        if (sweepInterval.toMillis() < 100 || planningInterval.toMillis() < 100) {
            throw new IllegalArgumentException("companion.schedule intervals must be at least 100 ms");
        }
        if (bodyRetention.isNegative() || bodyRetention.isZero()) {
            throw new IllegalArgumentException("companion.schedule.body-retention must be positive");
        }
    }

    /** The time rules' settings (validated there). */
    public ScheduleSettings settings() {
        return new ScheduleSettings(meetingLeads, activityLead, checkInDelay, morning, freshFor, maxLateness, horizon);
    }
}
