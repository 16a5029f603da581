package org.peerpartners.companion.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.database.Json;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreDataTest
class OutcomeTests {

    static final byte[] INDICATORS = "ciphertext of 21 indicators".getBytes(StandardCharsets.UTF_8);
    static final byte[] HISTORY = {0, 1, 2, (byte) 0xff, (byte) 0x80};

    @Autowired InterviewRepository interviews;
    @Autowired SatisfactionResponseRepository satisfaction;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    Fixtures.World world;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
    }

    @Test
    void storesTheEncryptedFieldsAsTheyAreGiven() {
        var saved = interviews.save(baseline(null));

        var loaded = interviews.findById(saved.id()).orElseThrow();
        assertThat(loaded.indicatorsEncrypted()).isEqualTo(INDICATORS);
        assertThat(loaded.historyEncrypted()).isEqualTo(HISTORY);
        assertThat(loaded.notesEncrypted()).isNull();
        assertThat(loaded.kind()).isEqualTo(InterviewKind.BASELINE);
    }

    @Test
    void insertsUnderAReservedIdSoTheCiphertextCanBeBoundToIt() {
        long id = interviews.reserveId();

        interviews.insertWithId(baseline(id));

        var loaded = interviews.findById(id).orElseThrow();
        assertThat(loaded.participantId()).isEqualTo(world.ana().id());
        assertThat(loaded.historyEncrypted()).isEqualTo(HISTORY);
        assertThat(interviews.reserveId()).isGreaterThan(id);
    }

    @Test
    void allowsOneBaselinePerParticipantAndAnyNumberOfFollowUps() {
        interviews.save(baseline(null));
        interviews.save(followUp(LocalDate.of(2027, 5, 20)));
        interviews.save(followUp(LocalDate.of(2027, 11, 20)));

        assertThat(interviews.findByParticipantIdOrderByInterviewedOn(world.ana().id())).extracting(Interview::kind)
                .containsExactly(InterviewKind.BASELINE, InterviewKind.FOLLOW_UP, InterviewKind.FOLLOW_UP);
        assertThat(interviews.findByParticipantIdAndKind(world.ana().id(), InterviewKind.BASELINE)).isPresent();
        assertThatThrownBy(() -> interviews.save(baseline(null))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void storesSatisfactionAnswersWithoutAnyoneAttached() {
        var saved = satisfaction.save(SatisfactionResponse.of(world.program().id(), world.group().id(),
                LocalDate.of(2026, 11, 23), 5, Json.of("{\"wouldRecommend\": 5, \"feltHeard\": 4}")));

        var loaded = satisfaction.findById(saved.id()).orElseThrow();
        assertThat(loaded.overall()).isEqualTo(5);
        assertThat(loaded.answers().text()).contains("\"wouldRecommend\": 5");
        assertThat(satisfaction.findByProgramIdAndSubmittedOnBetweenOrderBySubmittedOn(world.program().id(),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).containsExactly(loaded);
        assertThat(satisfaction.findByGroupIdAndSubmittedOnBetweenOrderBySubmittedOn(world.group().id(),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isEmpty();
    }

    @Test
    void satisfactionAnswersCannotReferToAPerson() {
        var columns = jdbc.sql("""
                SELECT column_name FROM information_schema.columns WHERE table_name = 'satisfaction_response'
                """).query(String.class).list();

        assertThat(columns).noneMatch(column -> column.contains("participant"));
        assertThat(Arrays.stream(SatisfactionResponse.class.getRecordComponents()).map(c -> c.getName()))
                .noneMatch(name -> name.toLowerCase().contains("participant"));
    }

    @Test
    void refusesARatingOutsideOneToFive() {
        assertThatThrownBy(() -> satisfaction.save(SatisfactionResponse.of(world.program().id(), null,
                LocalDate.of(2026, 11, 23), 0, Json.EMPTY_OBJECT))).isInstanceOf(DataIntegrityViolationException.class);
    }

    private Interview baseline(Long id) {
        return new Interview(id, world.ana().id(), InterviewKind.BASELINE, LocalDate.of(2026, 11, 5),
                world.carmen().id(), INDICATORS, HISTORY, null, clock.instant());
    }

    private Interview followUp(LocalDate on) {
        return new Interview(null, world.ana().id(), InterviewKind.FOLLOW_UP, on, world.carmen().id(), INDICATORS,
                HISTORY, new byte[] {42}, clock.instant());
    }
}
