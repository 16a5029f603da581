package org.peerpartners.companion.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

/**
 * A Spring Data JDBC slice on a fresh embedded PostgreSQL (migrated by Flyway), with the
 * core's components (ledgers, logs) and a {@link FixedClockConfiguration fixed clock}.
 * Each test runs in a transaction that is rolled back. All classes using it share one
 * context, so one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJdbcTest(includeFilters = @ComponentScan.Filter(Component.class))
@Import(FixedClockConfiguration.class)
public @interface CoreDataTest {
}
