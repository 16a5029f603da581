package org.peerpartners.companion.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.audit.AuditEntryRepository;
import org.peerpartners.companion.participant.InviteCodeRepository;
import org.peerpartners.companion.participant.InviteCodes;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.peerpartners.companion.validation.FieldProblem;
import org.peerpartners.companion.validation.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class CoachEnrolmentTests {

    @Autowired CoachEnrolment enrolment;
    @Autowired StaffUserRepository staff;
    @Autowired InviteCodeRepository codes;
    @Autowired AuditEntryRepository auditEntries;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures.World world;
    Actor admin;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
        StaffUser alex = aggregates.insert(StaffUser.create(world.program().id(), "alex." + System.nanoTime() + "@x.example",
                "Alex Admin", Role.ADMIN, null, Fixtures.ENGLISH, Fixtures.NEW_YORK, clock.instant()));
        admin = new Actor(alex.id(), alex.programId(), alex.displayName(), Role.ADMIN);
    }

    @Test
    void addsACoachWithAStaffInviteCodeAndAnAuditEntry() {
        var coach = enrolment.enrol(new CoachEnrolment.NewCoach("nora." + System.nanoTime() + "@x.example", " Coach Nora ",
                "es", null, world.supervisor().id()), admin);

        StaffUser saved = staff.findById(coach.id()).orElseThrow();
        assertThat(saved.role()).isEqualTo(Role.COACH);
        assertThat(saved.displayName()).isEqualTo("Coach Nora");
        assertThat(saved.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(saved.supervisorId()).isEqualTo(world.supervisor().id());
        assertThat(InviteCodes.normalize(coach.inviteCode())).contains(coach.inviteCode());
        assertThat(codes.findByCode(coach.inviteCode()).orElseThrow().staffUserId()).isEqualTo(coach.id());
        assertThat(auditEntries.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc("staff_user", coach.id()))
                .extracting(e -> e.action()).containsExactly("CREATE_COACH");
    }

    @Test
    void namesEveryWrongField() {
        assertThatThrownBy(() -> enrolment.enrol(new CoachEnrolment.NewCoach(world.carmen().email().toUpperCase(), " ",
                "fr", "Mars/Olympus", world.carmen().id()), admin))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("email", "taken"),
                                org.assertj.core.groups.Tuple.tuple("displayName", "required"),
                                org.assertj.core.groups.Tuple.tuple("language", "unknown_language"),
                                org.assertj.core.groups.Tuple.tuple("timeZone", "unknown_time_zone"),
                                org.assertj.core.groups.Tuple.tuple("supervisorId", "unknown_supervisor")));
    }

    @Test
    void onlyAdministratorsAddCoaches() {
        var sam = new Actor(world.supervisor().id(), world.program().id(), "Sam", Role.SUPERVISOR);
        assertThatThrownBy(() -> enrolment.enrol(new CoachEnrolment.NewCoach("x@y.example", "X", "en", null, null), sam))
                .isInstanceOf(SecurityException.class);
    }
}
