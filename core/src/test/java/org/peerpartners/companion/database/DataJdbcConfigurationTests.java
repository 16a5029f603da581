package org.peerpartners.companion.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.participant.ParticipantRepository;
import org.peerpartners.companion.testing.FixedClockConfiguration;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The conversions are picked up by the whole application's auto-configuration, not only by the data slice. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@Transactional
class DataJdbcConfigurationTests {

    @Autowired JdbcCustomConversions conversions;
    @Autowired ParticipantRepository participants;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void registersTheLanguageCurrencyAndJsonConversions() {
        assertThat(conversions.hasCustomWriteTarget(Locale.class)).isTrue();
        assertThat(conversions.hasCustomWriteTarget(Currency.class)).isTrue();
        assertThat(conversions.hasCustomWriteTarget(Json.class)).isTrue();
    }

    @Test
    void storesALanguageAsItsTwoLetterCode() {
        var ben = new Fixtures(aggregates, clock).world().ben();

        assertThat(jdbc.sql("SELECT language || ' ' || currency FROM participant WHERE id = :id")
                .param("id", ben.id()).query(String.class).single()).isEqualTo("es USD");
        assertThat(participants.findById(ben.id()).orElseThrow().language()).isEqualTo(Locale.forLanguageTag("es"));
    }
}
