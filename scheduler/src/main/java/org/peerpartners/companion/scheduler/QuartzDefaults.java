package org.peerpartners.companion.scheduler;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * How Quartz runs here, as defaults any application property can override: a JDBC job store
 * on the app's PostgreSQL, clustered so several instances share the jobs, with tables that
 * only Flyway creates (V002; Quartz's own {@code initialize-schema=always} would drop them on
 * every start) and the PostgreSQL delegate (without it Quartz fails with "Bad value for type
 * long"). It stays in standby unless the application turns it on
 * ({@code spring.quartz.auto-startup=true}, as the app does), so test contexts that do not
 * test Quartz never join the cluster.
 */
public class QuartzDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "spring.quartz.job-store-type", "jdbc",
            "spring.quartz.jdbc.initialize-schema", "never",
            "spring.quartz.auto-startup", "false",
            "spring.quartz.properties.org.quartz.jobStore.isClustered", "true",
            "spring.quartz.properties.org.quartz.jobStore.driverDelegateClass",
            "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate",
            "spring.quartz.properties.org.quartz.scheduler.instanceId", "AUTO",
            // The jobs' intervals come from configuration: a changed setting replaces the stored trigger.
            "spring.quartz.overwrite-existing-jobs", "true");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("companionQuartzDefaults", DEFAULTS));
    }
}
