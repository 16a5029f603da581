package org.peerpartners.companion.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class BudgetTests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final LocalDate NOVEMBER_1 = NOVEMBER.atDay(1);

    @Autowired BudgetAllocationRepository allocations;
    @Autowired SpendingEntryRepository spending;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures.World world;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
    }

    @Test
    void totalsWhatIsPlannedForTheMonth() {
        var art = world.anaItems().get(0);
        allocations.save(BudgetAllocation.plan(world.ana().id(), NOVEMBER, new BigDecimal("12.50"), "Bowling", null,
                clock.instant()));
        allocations.save(BudgetAllocation.plan(world.ana().id(), NOVEMBER, new BigDecimal("5"), "Art supplies",
                art.id(), clock.instant()));

        assertThat(allocations.totalPlanned(world.ana().id(), NOVEMBER_1)).isEqualByComparingTo("17.50");
        assertThat(allocations.totalPlanned(world.ben().id(), NOVEMBER_1)).isEqualByComparingTo("0");
        assertThat(allocations.findByParticipantIdAndMonthOrderByCreatedAt(world.ana().id(), NOVEMBER_1))
                .extracting(BudgetAllocation::purpose).containsExactlyInAnyOrder("Bowling", "Art supplies");
    }

    @Test
    void refusesAMonthThatIsNotItsFirstDay() {
        assertThatThrownBy(() -> allocations.save(new BudgetAllocation(null, world.ana().id(),
                LocalDate.of(2026, 11, 15), BigDecimal.TEN, "Bowling", null, clock.instant())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void totalsSpendingLeavingOutUndoneEntries() {
        var ana = world.ana().id();
        spending.save(SpendingEntry.loggedByParticipant(ana, NOVEMBER, new BigDecimal("12.50"), "bowling",
                clock.instant(), null));
        var coffee = spending.save(SpendingEntry.loggedByParticipant(ana, NOVEMBER, new BigDecimal("4.25"), "coffee",
                clock.instant(), null));
        spending.save(SpendingEntry.loggedByParticipant(ana, NOVEMBER.minusMonths(1), new BigDecimal("30"),
                "October", clock.instant(), null));

        spending.save(coffee.undo(clock.instant()));

        assertThat(spending.totalSpent(ana, NOVEMBER_1)).isEqualByComparingTo("12.50");
        assertThat(spending.findByParticipantIdAndMonthAndUndoneAtIsNullOrderBySpentAtAscIdAsc(ana, NOVEMBER_1))
                .extracting(SpendingEntry::description).containsExactly("bowling");
        assertThat(spending.totalSpent(world.ben().id(), NOVEMBER_1)).isEqualByComparingTo("0");
    }

    @Test
    void undoFindsTheParticipantsOwnLatestEntryNotTheCoachs() {
        var ana = world.ana().id();
        var own = spending.save(SpendingEntry.loggedByParticipant(ana, NOVEMBER, new BigDecimal("3"), "bus to the park",
                clock.instant(), null));
        spending.save(SpendingEntry.loggedByStaff(ana, NOVEMBER, new BigDecimal("8"), "museum", clock.instant(),
                world.carmen().id()));

        assertThat(spending.findLastUndoable(ana)).map(SpendingEntry::id).contains(own.id());

        spending.save(own.undo(clock.instant()));
        assertThat(spending.findLastUndoable(ana)).isEmpty();
    }

    @Test
    void refusesZeroSpending() {
        assertThatThrownBy(() -> spending.save(SpendingEntry.loggedByParticipant(world.ana().id(), NOVEMBER,
                BigDecimal.ZERO, "nothing", clock.instant(), null))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void keepsTheCategoryPlanItemAndWhoLoggedIt() {
        var walk = world.anaItems().get(1);
        var entry = spending.save(SpendingEntry.loggedByStaff(world.ana().id(), NOVEMBER, new BigDecimal("2.90"),
                "subway", clock.instant(), world.carmen().id()).forPlanItem(walk.id()));

        var loaded = spending.findById(entry.id()).orElseThrow();
        assertThat(loaded.category()).isEqualTo(SpendingEntry.SOCIAL);
        assertThat(loaded.planItemId()).isEqualTo(walk.id());
        assertThat(loaded.createdByStaffId()).isEqualTo(world.carmen().id());
        assertThat(loaded.amount()).isEqualByComparingTo("2.90");
    }
}
