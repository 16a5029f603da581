package org.peerpartners.companion.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreDataTest
class SafetyTests {

    @Autowired SafetyAlertRepository alerts;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    Fixtures fixtures;
    Fixtures.World world;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(aggregates, clock);
        world = fixtures.world();
    }

    @Test
    void keepsAnAlertOpenUntilAcknowledged() {
        var alert = alerts.save(SafetyAlert.raise(world.ana().id(), inboundMessage(), "want to die", clock.instant()));

        assertThat(alerts.findByParticipantIdAndAcknowledgedAtIsNullOrderByCreatedAt(world.ana().id()))
                .containsExactly(alert);
        assertThat(alerts.findOpenForCoach(world.carmen().id())).containsExactly(alert);

        var later = clock.instant().plus(Duration.ofMinutes(5));
        alerts.save(alert.acknowledge(world.carmen().id(), later, "Called Ana, she is safe at her sister's"));

        var loaded = alerts.findById(alert.id()).orElseThrow();
        assertThat(loaded.acknowledgedAt()).isEqualTo(later);
        assertThat(loaded.acknowledgedBy()).isEqualTo(world.carmen().id());
        assertThat(loaded.followUpNote()).isEqualTo("Called Ana, she is safe at her sister's");
        assertThat(alerts.findByParticipantIdAndAcknowledgedAtIsNullOrderByCreatedAt(world.ana().id())).isEmpty();
        assertThat(alerts.findOpenForCoach(world.carmen().id())).isEmpty();
    }

    @Test
    void aSecondAcknowledgementKeepsTheFirst() {
        var alert = SafetyAlert.raise(world.ana().id(), null, "hurt myself", clock.instant())
                .acknowledge(world.carmen().id(), clock.instant(), "Called Ana");

        var again = alert.acknowledge(world.supervisor().id(), clock.instant().plusSeconds(60), "Also called");

        assertThat(again).isEqualTo(alert);
    }

    @Test
    void anotherCoachDoesNotSeeTheAlert() {
        var otherCoach = fixtures.coachCarmen(world.program(), world.supervisor());
        alerts.save(SafetyAlert.raise(world.ben().id(), null, "no quiero vivir", clock.instant()));

        assertThat(alerts.findOpenForCoach(otherCoach.id())).isEmpty();
        assertThat(alerts.findOpenForCoach(world.carmen().id())).hasSize(1);
    }

    @Test
    void listsAlertsSinceTheLastMeetingAcknowledgedOrNot() {
        var since = clock.instant();
        alerts.save(SafetyAlert.raise(world.ana().id(), null, "old", since.minusSeconds(60)));
        var acknowledged = alerts.save(SafetyAlert.raise(world.ana().id(), null, "want to die", since.plusSeconds(60))
                .acknowledge(world.carmen().id(), since.plusSeconds(120), "Called"));

        assertThat(alerts.findByParticipantIdAndCreatedAtGreaterThanEqualOrderByCreatedAt(world.ana().id(), since))
                .containsExactly(acknowledged);
    }

    /** The inbound log belongs to the message pipeline; a bare row is enough to refer to. */
    private Long inboundMessage() {
        Instant now = clock.instant();
        return jdbc.sql("""
                INSERT INTO inbound_message (channel, provider_id, sender_address, body, received_at, next_attempt_at)
                VALUES ('SMS', 'SM-safety-test', :address, 'text', :now, :now) RETURNING id
                """)
                .param("address", world.anaSms().address()).param("now", java.sql.Timestamp.from(now))
                .query(Long.class).single();
    }
}
