package org.peerpartners.companion.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class QuartzDefaultsTests {

    @Test
    void quartzUsesAClusteredPostgresJobStoreWhoseTablesOnlyFlywayCreates() {
        var environment = new StandardEnvironment();

        new QuartzDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.quartz.job-store-type")).isEqualTo("jdbc");
        assertThat(environment.getProperty("spring.quartz.jdbc.initialize-schema")).isEqualTo("never");
        assertThat(environment.getProperty("spring.quartz.properties.org.quartz.jobStore.isClustered")).isEqualTo("true");
        assertThat(environment.getProperty("spring.quartz.properties.org.quartz.jobStore.driverDelegateClass"))
                .isEqualTo("org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        assertThat(environment.getProperty("spring.quartz.overwrite-existing-jobs")).isEqualTo("true");
        assertThat(environment.getProperty("spring.quartz.auto-startup")).isEqualTo("false");
    }

    @Test
    void anApplicationSettingWinsOverTheDefault() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("spring.quartz.auto-startup", "true")));

        new QuartzDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.quartz.auto-startup")).isEqualTo("true");
        assertThat(environment.getProperty("spring.quartz.jdbc.initialize-schema")).isEqualTo("never");
    }
}
