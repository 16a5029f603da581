package org.peerpartners.companion.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.participant.ChannelIdentityRepository;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreDataTest
class ConsentTests {

    static final String STRANGER = "+15550199999";

    @Autowired ConsentLedger ledger;
    @Autowired ConsentEventRepository events;
    @Autowired ChannelIdentityRepository identities;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    Fixtures.World world;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
    }

    @Test
    void aJoinedAddressIsOptedIn() {
        assertThat(ledger.isOptedIn(Channel.SMS, world.anaSms().address())).isTrue();
        assertThat(ledger.isOptedOut(Channel.SMS, world.anaSms().address())).isFalse();
    }

    @Test
    void anAddressWithNoConsentIsNotOptedIn() {
        assertThat(ledger.isOptedIn(Channel.SMS, STRANGER)).isFalse();
        assertThat(ledger.isOptedOut(Channel.SMS, STRANGER)).isFalse();
    }

    @Test
    void optingOutRecordsEvidenceAndMarksTheLinkedIdentity() {
        var address = world.anaSms().address();

        var event = ledger.optOut(Channel.SMS, address, ConsentSource.KEYWORD, "inbound message 41");

        assertThat(event.participantId()).isEqualTo(world.ana().id());
        assertThat(event.occurredAt()).isEqualTo(clock.instant());
        assertThat(ledger.isOptedIn(Channel.SMS, address)).isFalse();
        assertThat(ledger.isOptedOut(Channel.SMS, address)).isTrue();
        assertThat(identities.findById(world.anaSms().id()).orElseThrow().optedOutAt()).isEqualTo(clock.instant());
    }

    @Test
    void optingBackInClearsTheIdentitysOptOutAndKeepsTheWholeHistory() {
        var address = world.anaSms().address();
        ledger.optOut(Channel.SMS, address, ConsentSource.PROVIDER, "Twilio error 21610");

        ledger.optIn(Channel.SMS, address, ConsentSource.KEYWORD, "inbound message 42");

        assertThat(ledger.isOptedIn(Channel.SMS, address)).isTrue();
        assertThat(identities.findById(world.anaSms().id()).orElseThrow().isOptedOut()).isFalse();
        assertThat(events.findByChannelAndAddressOrderByOccurredAtAscIdAsc(Channel.SMS, address))
                .extracting(ConsentEvent::kind, ConsentEvent::source, ConsentEvent::evidence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConsentKind.OPT_IN, ConsentSource.JOIN, "test fixtures"),
                        org.assertj.core.groups.Tuple.tuple(ConsentKind.OPT_OUT, ConsentSource.PROVIDER,
                                "Twilio error 21610"),
                        org.assertj.core.groups.Tuple.tuple(ConsentKind.OPT_IN, ConsentSource.KEYWORD,
                                "inbound message 42"));
    }

    @Test
    void aStrangerWhoSentStopIsOptedOutWithoutAnIdentity() {
        var event = ledger.optOut(Channel.SMS, STRANGER, ConsentSource.KEYWORD, "inbound message 43");

        assertThat(event.participantId()).isNull();
        assertThat(event.staffUserId()).isNull();
        assertThat(ledger.isOptedOut(Channel.SMS, STRANGER)).isTrue();
        assertThat(ledger.isOptedOut(Channel.TELEGRAM, STRANGER)).isFalse();
    }

    @Test
    void aStaffAddressIsRecordedAgainstTheStaffMember() {
        var carmens = new Fixtures(aggregates, clock).telegram(world.carmen());

        var event = ledger.optOut(Channel.TELEGRAM, carmens.address(), ConsentSource.PROVIDER, "Telegram 403");

        assertThat(event.staffUserId()).isEqualTo(world.carmen().id());
        assertThat(event.participantId()).isNull();
    }

    @Test
    void theLedgerRefusesChanges() {
        var event = ledger.optOut(Channel.SMS, world.anaSms().address(), ConsentSource.KEYWORD, "inbound message 44");

        assertThatThrownBy(() -> events.save(new ConsentEvent(event.id(), event.channel(), event.address(),
                event.participantId(), null, ConsentKind.OPT_IN, event.source(), "rewritten", event.occurredAt())))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void theLedgerRefusesDeletionsEvenInSql() {
        ledger.optOut(Channel.SMS, world.anaSms().address(), ConsentSource.KEYWORD, "inbound message 45");

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM consent_event WHERE address = :address")
                .param("address", world.anaSms().address()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
