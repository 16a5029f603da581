package org.peerpartners.companion.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class ProgramTests {

    @Autowired ProgramRepository programs;
    @Autowired SiteRepository sites;
    @Autowired StaffUserRepository staff;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(aggregates, clock);
    }

    @Test
    void savesAndLoadsAProgramWithItsTimeZone() {
        var program = programs.save(Program.create("Peer Partners Queens", ZoneId.of("America/New_York"),
                clock.instant()));

        assertThat(programs.findById(program.id())).contains(program);
    }

    @Test
    void listsAProgramsSitesByName() {
        var program = fixtures.program();
        sites.save(Site.create(program.id(), "Queens Library", "89-11 Merrick Blvd"));
        sites.save(Site.create(program.id(), "Community Center", null));

        assertThat(sites.findByProgramIdOrderByName(program.id())).extracting(Site::name)
                .containsExactly("Community Center", "Queens Library");
    }

    @Test
    void loadsStaffWithLanguageZoneAndRole() {
        var program = fixtures.program();
        var sam = fixtures.supervisor(program);
        var carmen = fixtures.coachCarmen(program, sam);

        var loaded = staff.findById(carmen.id()).orElseThrow();

        assertThat(loaded.displayName()).isEqualTo("Coach Carmen");
        assertThat(loaded.role()).isEqualTo(Role.COACH);
        assertThat(loaded.language()).isEqualTo(Fixtures.SPANISH);
        assertThat(loaded.timeZone()).isEqualTo(Fixtures.NEW_YORK);
        assertThat(loaded.supervisorId()).isEqualTo(sam.id());
        assertThat(loaded.enabled()).isTrue();
    }

    @Test
    void findsStaffByEmailWhateverTheCase() {
        var program = fixtures.program();
        var carmen = fixtures.coachCarmen(program, fixtures.supervisor(program));

        var found = staff.findByEmail(carmen.email().toUpperCase());

        assertThat(found).map(StaffUser::id).contains(carmen.id());
    }

    @Test
    void refusesTwoStaffWithTheSameEmailInAnotherCase() {
        var program = fixtures.program();
        var carmen = fixtures.coachCarmen(program, fixtures.supervisor(program));

        assertThatThrownBy(() -> staff.save(StaffUser.create(program.id(), carmen.email().toUpperCase(),
                "Carmen again", Role.COACH, null, Fixtures.ENGLISH, Fixtures.NEW_YORK, clock.instant())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void findsTheCoachesASupervisorOversees() {
        var program = fixtures.program();
        var sam = fixtures.supervisor(program);
        var carmen = fixtures.coachCarmen(program, sam);

        assertThat(staff.findBySupervisorIdOrderByDisplayName(sam.id())).extracting(StaffUser::id)
                .containsExactly(carmen.id());
        assertThat(staff.findByProgramIdAndRoleOrderByDisplayName(program.id(), Role.SUPERVISOR))
                .extracting(StaffUser::id).containsExactly(sam.id());
    }

    @Test
    void locksAnAccountAfterRepeatedFailedLoginsAndStoresTheLock() {
        var program = fixtures.program();
        var carmen = fixtures.coachCarmen(program, fixtures.supervisor(program));
        var until = clock.instant().plus(Duration.ofMinutes(15));

        var locked = carmen.withFailedLogin(2, until).withFailedLogin(2, until);
        staff.save(locked);

        var loaded = staff.findById(carmen.id()).orElseThrow();
        assertThat(loaded.failedLogins()).isEqualTo(2);
        assertThat(loaded.isLocked(clock.instant())).isTrue();
        assertThat(loaded.withSuccessfulLogin().isLocked(clock.instant())).isFalse();
    }
}
