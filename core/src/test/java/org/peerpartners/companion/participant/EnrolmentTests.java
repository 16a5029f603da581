package org.peerpartners.companion.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.consent.ConsentLedger;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.program.Role;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.peerpartners.companion.validation.FieldProblem;
import org.peerpartners.companion.validation.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class EnrolmentTests {

    @Autowired Enrolment enrolment;
    @Autowired ParticipantRepository participants;
    @Autowired ChannelIdentityRepository identities;
    @Autowired InviteCodeRepository codes;
    @Autowired ConsentLedger consent;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures.World world;
    Actor carmen;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
        carmen = new Actor(world.carmen().id(), world.program().id(), "Coach Carmen", Role.COACH);
    }

    @Test
    void enrolsAnInvitedParticipantInTheGroupsZoneWithAnInviteCode() {
        var enrolled = enrolment.enrol(world.group().id(),
                new Enrolment.NewParticipant(" Dora ", "es", null, null, null), carmen);

        Participant dora = participants.findById(enrolled.id()).orElseThrow();
        assertThat(dora.firstName()).isEqualTo("Dora");
        assertThat(dora.language().getLanguage()).isEqualTo("es");
        assertThat(dora.timeZone()).isEqualTo(world.group().timeZone());
        assertThat(dora.status()).isEqualTo(ParticipantStatus.INVITED);
        assertThat(dora.monthlyAllowance()).isEqualByComparingTo("0");
        assertThat(dora.enrolledOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(codes.findByCode(enrolled.inviteCode()).orElseThrow().participantId()).isEqualTo(enrolled.id());
    }

    @Test
    void recordsThePhoneUnlinkedAndWithoutConsentUntilThePersonTextsTheirCode() {
        var enrolled = enrolment.enrol(world.group().id(), new Enrolment.NewParticipant("Eli", "en", "America/Chicago",
                "+1 555 010-9999", new BigDecimal("45.5")), carmen);

        var phone = identities.findByChannelAndAddress(Channel.SMS, "+15550109999").orElseThrow();
        assertThat(phone.participantId()).isEqualTo(enrolled.id());
        assertThat(phone.isLinked()).isFalse();
        assertThat(consent.isOptedIn(Channel.SMS, "+15550109999")).isFalse();
        assertThat(participants.findById(enrolled.id()).orElseThrow().monthlyAllowance()).isEqualByComparingTo("45.50");
    }

    @Test
    void namesEveryWrongField() {
        assertThatThrownBy(() -> enrolment.enrol(world.group().id(), new Enrolment.NewParticipant(null, "de",
                "Nowhere/Town", "555-0100", new BigDecimal("-1")), carmen))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactlyInAnyOrder(tuple("firstName", "required"), tuple("language", "unknown_language"),
                                tuple("timeZone", "unknown_time_zone"), tuple("phone", "invalid_phone"),
                                tuple("monthlyBudget", "negative")));
        assertThatThrownBy(() -> enrolment.enrol(world.group().id(), new Enrolment.NewParticipant("Fay", null, null,
                world.anaSms().address(), new BigDecimal("1.005")), carmen))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactlyInAnyOrder(tuple("language", "required"), tuple("phone", "taken"),
                                tuple("monthlyBudget", "too_many_decimals")));
    }

    @Test
    void aMissingGroupIsNotFound() {
        assertThatThrownBy(() -> enrolment.enrol(-1, new Enrolment.NewParticipant("Gus", "en", null, null, null), carmen))
                .isInstanceOf(NoSuchElementException.class);
    }
}
