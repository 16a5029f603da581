package org.peerpartners.companion.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.schedule.ScheduleSettings;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SchedulePropertiesTests {

    private static ScheduleProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("companion.schedule", ScheduleProperties.class);
    }

    @Test
    void defaultsAreTheConversationContracts() {
        ScheduleProperties properties = bind(Map.of());

        assertThat(properties.settings()).isEqualTo(ScheduleSettings.DEFAULTS);
        assertThat(properties.sweepInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.bodyRetention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void leadsAndMorningAreConfigurable() {
        ScheduleProperties properties = bind(Map.of("companion.schedule.meeting-leads", "48h,90m",
                "companion.schedule.morning", "10:15"));

        assertThat(properties.settings().meetingLeads()).containsExactly(Duration.ofHours(48), Duration.ofMinutes(90));
        assertThat(properties.settings().morning()).isEqualTo(LocalTime.of(10, 15));
    }

    @Test
    void refusesAnUnreasonableBatchAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("companion.schedule.sweep-batch", "0")))
                .isInstanceOf(BindException.class).hasStackTraceContaining("sweep-batch");
    }
}
