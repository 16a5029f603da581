package org.peerpartners.companion.program;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.data.annotation.Id;

/** A peer-support program: the top of the tree that sites, staff, groups and activities hang from. */
public record Program(@Id Long id, String name, ZoneId timeZone, Instant createdAt) {

    public static Program create(String name, ZoneId timeZone, Instant now) {
        return new Program(null, name, timeZone, now);
    }
}
