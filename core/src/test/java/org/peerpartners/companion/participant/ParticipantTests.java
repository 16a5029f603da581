package org.peerpartners.companion.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class ParticipantTests {

    @Autowired ParticipantRepository participants;
    @Autowired InviteCodeRepository inviteCodes;
    @Autowired ChannelIdentityRepository identities;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures fixtures;
    Fixtures.World world;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(aggregates, clock);
        world = fixtures.world();
    }

    @Test
    void loadsAParticipantWithLanguageZoneQuietHoursAndAllowance() {
        var ben = participants.findById(world.ben().id()).orElseThrow();

        assertThat(ben).isEqualTo(world.ben());
        assertThat(ben.language()).isEqualTo(Fixtures.SPANISH);
        assertThat(ben.timeZone()).isEqualTo(Fixtures.CHICAGO);
        assertThat(ben.quietStart()).isEqualTo(LocalTime.of(21, 0));
        assertThat(ben.monthlyAllowance()).isEqualByComparingTo("40");
        assertThat(ben.currency()).isEqualTo(Fixtures.USD);
    }

    @Test
    void storesAPauseALanguageChangeAndAnExit() {
        var until = clock.instant().plus(Duration.ofDays(3));
        participants.save(world.ana().pausedUntil(until).withLanguage(Fixtures.SPANISH)
                .withQuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0)));

        var ana = participants.findById(world.ana().id()).orElseThrow();
        assertThat(ana.isPaused(clock.instant())).isTrue();
        assertThat(ana.language()).isEqualTo(Fixtures.SPANISH);
        assertThat(ana.quietEnd()).isEqualTo(LocalTime.of(8, 0));

        participants.save(ana.resumed().exit(LocalDate.of(2026, 12, 1)));
        ana = participants.findById(world.ana().id()).orElseThrow();
        assertThat(ana.isPaused(clock.instant())).isFalse();
        assertThat(ana.status()).isEqualTo(ParticipantStatus.EXITED);
        assertThat(ana.exitedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void refusesAnExitBeforeEnrolment() {
        assertThatThrownBy(() -> participants.save(world.ana().exit(LocalDate.of(2026, 1, 1))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesANegativeAllowance() {
        assertThatThrownBy(() -> participants.save(world.ana().withMonthlyAllowance(new BigDecimal("-1"))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void listsAGroupsParticipantsByStatus() {
        var carla = participants.save(Participant.enrol(world.group().id(), "Carla", Fixtures.ENGLISH,
                Fixtures.NEW_YORK, new BigDecimal("35"), Fixtures.USD, LocalDate.of(2026, 11, 20), clock.instant()));

        assertThat(participants.findByGroupIdOrderByFirstName(world.group().id())).extracting(Participant::firstName)
                .containsExactly("Ana", "Ben", "Carla");
        assertThat(participants.findByGroupIdAndStatusOrderByFirstName(world.group().id(), ParticipantStatus.INVITED))
                .extracting(Participant::id).containsExactly(carla.id());
    }

    @Test
    void findsAnInviteCodeAndRecordsItsRedemption() {
        var code = fixtures.inviteCode(world.ana());

        inviteCodes.save(code.redeem(clock.instant()));

        var found = inviteCodes.findByCode(code.code()).orElseThrow();
        assertThat(found.participantId()).isEqualTo(world.ana().id());
        assertThat(found.redeemedAt()).isEqualTo(clock.instant());
        assertThat(inviteCodes.findByParticipantIdAndRevokedAtIsNull(world.ana().id())).hasSize(1);
    }

    @Test
    void refusesADuplicateInviteCode() {
        var anas = fixtures.inviteCode(world.ana());

        assertThatThrownBy(() -> inviteCodes.save(InviteCode.forParticipant(anas.code(), world.ben().id(),
                clock.instant()))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesAnInviteCodeForTwoPeopleAtOnce() {
        assertThatThrownBy(() -> inviteCodes.save(new InviteCode(null, "BOTH123", world.ana().id(),
                world.carmen().id(), clock.instant(), null, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aRevokedCodeNoLongerCountsAsCurrent() {
        var code = fixtures.inviteCode(world.ben());
        inviteCodes.save(code.revoke(clock.instant()));

        assertThat(inviteCodes.findByParticipantIdAndRevokedAtIsNull(world.ben().id())).isEmpty();
        assertThat(inviteCodes.findByCode(code.code())).map(InviteCode::isRevoked).contains(true);
    }

    @Test
    void findsWhoIsBehindAnAddress() {
        var found = identities.findByChannelAndAddress(Channel.SMS, world.anaSms().address()).orElseThrow();

        assertThat(found.participantId()).isEqualTo(world.ana().id());
        assertThat(found.isLinked()).isTrue();
        assertThat(identities.findByParticipantIdAndUnlinkedAtIsNull(world.ben().id()))
                .extracting(ChannelIdentity::channel).containsExactly(Channel.TELEGRAM);
        assertThat(identities.findByChannelAndAddress(Channel.TELEGRAM, world.anaSms().address())).isEmpty();
    }

    @Test
    void refusesTheSameAddressTwiceOnAChannel() {
        assertThatThrownBy(() -> identities.save(ChannelIdentity.forParticipant(Channel.SMS,
                world.anaSms().address(), world.ben().id(), clock.instant())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void savingAnIdentityNeverWritesItsOptOut() {
        identities.save(world.anaSms().unlink(clock.instant()));

        var stale = new ChannelIdentity(world.benTelegram().id(), Channel.TELEGRAM, world.benTelegram().address(),
                world.ben().id(), null, world.benTelegram().linkedAt(), clock.instant(), null);
        identities.save(stale);

        assertThat(identities.findById(world.anaSms().id()).orElseThrow().isLinked()).isFalse();
        assertThat(identities.findById(world.benTelegram().id()).orElseThrow().optedOutAt()).isNull();
        assertThat(identities.findByStaffUserIdAndUnlinkedAtIsNull(world.carmen().id())).isEmpty();
        var carmens = fixtures.telegram(world.carmen());
        assertThat(identities.findByStaffUserIdAndUnlinkedAtIsNull(world.carmen().id()))
                .extracting(ChannelIdentity::id).containsExactly(carmens.id());
    }
}
