package org.peerpartners.companion.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class BudgetsTests {

    @Autowired Budgets budgets;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    Fixtures.World world;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
    }

    @Test
    void thisMonthCountsSpendingThatWasNotUndone() {
        spend("12.50", null);
        spend("3.00", null);
        spend("9.00", Instant.parse("2026-11-20T00:00:00Z"));
        jdbc.sql("INSERT INTO spending_entry (participant_id, month, amount, description, spent_at) VALUES (?, DATE '2026-10-01', 7, 'last month', ?)")
                .params(world.ana().id(), java.sql.Timestamp.from(Instant.parse("2026-10-10T00:00:00Z"))).update();

        BudgetMonth month = budgets.thisMonth(world.ana().id());

        assertThat(month.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(month.allowance().amount()).isEqualByComparingTo("50");
        assertThat(month.spent().amount()).isEqualByComparingTo("15.50");
        assertThat(month.left().amount()).isEqualByComparingTo("34.50");
    }

    private void spend(String amount, Instant undone) {
        jdbc.sql("""
                INSERT INTO spending_entry (participant_id, month, amount, description, spent_at, undone_at)
                VALUES (?, ?, ?, 'bus', ?, ?)""")
                .params(world.ana().id(), LocalDate.of(2026, 11, 1), new BigDecimal(amount),
                        java.sql.Timestamp.from(clock.instant()), undone == null ? null : java.sql.Timestamp.from(undone))
                .update();
    }
}
