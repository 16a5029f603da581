package org.peerpartners.companion.scheduler.summary;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link PreGroupSummaryJob} with Quartz (Boot's auto-configuration picks up
 * these beans): once a minute; a missed minute (downtime) is not replayed, the next run
 * catches up on everything due.
 */
@Configuration(proxyBeanMethods = false)
class PreGroupSummarySchedule {

    static final String NAME = "pre-group-summary";

    @Bean
    JobDetail preGroupSummaryJobDetail() {
        return JobBuilder.newJob(PreGroupSummaryJob.class)
                .withIdentity(NAME)
                .withDescription("Builds due pre-group summaries and tells the coaches")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger preGroupSummaryTrigger() {
        return TriggerBuilder.newTrigger()
                .forJob(NAME)
                .withIdentity(NAME)
                .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
