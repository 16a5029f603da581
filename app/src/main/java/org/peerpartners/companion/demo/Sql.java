package org.peerpartners.companion.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The two statement shapes the demo loader needs, and timestamps as PostgreSQL takes them. */
record Sql(JdbcClient jdbc) {

    long id(String statement, Object... params) {
        return jdbc.sql(statement).params(params).query(Long.class).single();
    }

    void update(String statement, Object... params) {
        jdbc.sql(statement).params(params).update();
    }

    /** pgjdbc binds OffsetDateTime to timestamptz; it has no mapping for Instant. */
    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
