package org.peerpartners.companion.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.CoreDataTest;
import org.springframework.beans.factory.annotation.Autowired;

@CoreDataTest
class ProgramTests {

    @Autowired ProgramRepository programs;
    @Autowired StaffUserRepository staff;

    @Test
    void savesAndLoadsAProgramWithItsTimeZone() {
        var program = programs.save(Program.create("Peer Partners Queens", ZoneId.of("America/New_York"),
                Instant.parse("2026-11-23T15:00:00Z")));

        assertThat(programs.findById(program.id())).contains(program);
    }

    @Test
    void findsStaffByEmailWhateverTheCase() {
        var program = programs.save(Program.create("Peer Partners Queens", ZoneId.of("America/New_York"),
                Instant.parse("2026-11-23T15:00:00Z")));
        var carmen = staff.save(StaffUser.create(program.id(), "Carmen@PeerPartners.example", "Coach Carmen",
                Role.COACH, null, Locale.forLanguageTag("es"), ZoneId.of("America/New_York"),
                Instant.parse("2026-11-23T15:00:00Z")));

        var found = staff.findByEmail("carmen@peerpartners.example").orElseThrow();
        assertThat(found.id()).isEqualTo(carmen.id());
        assertThat(found.language()).isEqualTo(Locale.forLanguageTag("es"));
    }
}
