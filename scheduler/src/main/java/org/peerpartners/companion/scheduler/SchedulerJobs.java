package org.peerpartners.companion.scheduler;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduler's few Quartz jobs (reminders themselves are rows, never triggers): the
 * due-message sweep every few seconds, planning of replan requests, a nightly full plan,
 * and daily housekeeping. Each is {@link DisallowConcurrentExecution}: in the clustered
 * store that holds across instances too, so one sweep runs at a time, and the row locks and
 * dedup keys make even an overlapping run harmless. A missed fire (the app was down) is
 * skipped, not replayed: the next run catches up, and stale rows are dropped, not burst out.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
class SchedulerJobs {

    @DisallowConcurrentExecution
    static class SweepJob implements Job {
        private final DueMessageSweep sweep;

        SweepJob(DueMessageSweep sweep) {
            this.sweep = sweep;
        }

        @Override
        public void execute(JobExecutionContext context) {
            sweep.sweep();
        }
    }

    @DisallowConcurrentExecution
    static class PlanningJob implements Job {
        private final Replanning replanning;

        PlanningJob(Replanning replanning) {
            this.replanning = replanning;
        }

        @Override
        public void execute(JobExecutionContext context) {
            replanning.processRequests();
        }
    }

    @DisallowConcurrentExecution
    static class NightlyPlanningJob implements Job {
        private final Replanning replanning;

        NightlyPlanningJob(Replanning replanning) {
            this.replanning = replanning;
        }

        @Override
        public void execute(JobExecutionContext context) {
            replanning.planEverything();
        }
    }

    @DisallowConcurrentExecution
    static class HousekeepingJob implements Job {
        private final Housekeeping housekeeping;

        HousekeepingJob(Housekeeping housekeeping) {
            this.housekeeping = housekeeping;
        }

        @Override
        public void execute(JobExecutionContext context) {
            housekeeping.run();
        }
    }

    @Bean
    JobDetail dueMessageSweepJob() {
        return JobBuilder.newJob(SweepJob.class).withIdentity("due-message-sweep", "companion").storeDurably().build();
    }

    @Bean
    Trigger dueMessageSweepTrigger(ScheduleProperties properties) {
        return TriggerBuilder.newTrigger().forJob("due-message-sweep", "companion")
                .withIdentity("due-message-sweep", "companion")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.sweepInterval().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @Bean
    JobDetail planningJob() {
        return JobBuilder.newJob(PlanningJob.class).withIdentity("planning", "companion").storeDurably().build();
    }

    @Bean
    Trigger planningTrigger(ScheduleProperties properties) {
        return TriggerBuilder.newTrigger().forJob("planning", "companion").withIdentity("planning", "companion")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.planningInterval().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @Bean
    JobDetail nightlyPlanningJob() {
        return JobBuilder.newJob(NightlyPlanningJob.class).withIdentity("nightly-planning", "companion").storeDurably()
                .build();
    }

    @Bean
    Trigger nightlyPlanningTrigger(ScheduleProperties properties) {
        return TriggerBuilder.newTrigger().forJob("nightly-planning", "companion")
                .withIdentity("nightly-planning", "companion")
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.nightlyPlanning())
                        .inTimeZone(TimeZone.getTimeZone("UTC")).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail housekeepingJob() {
        return JobBuilder.newJob(HousekeepingJob.class).withIdentity("housekeeping", "companion").storeDurably()
                .build();
    }

    @Bean
    Trigger housekeepingTrigger(ScheduleProperties properties) {
        return TriggerBuilder.newTrigger().forJob("housekeeping", "companion").withIdentity("housekeeping", "companion")
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.housekeeping())
                        .inTimeZone(TimeZone.getTimeZone("UTC")).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
