package org.peerpartners.companion.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetMonthTests {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    /** Ana's March: $40 allowance, $12.50 spent on a bowling night, $20 planned for a class. */
    private final BudgetMonth anasMarch = new BudgetMonth(MARCH, usd("40"), usd("12.50"), usd("20"));

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }

    @Test
    void leftIsAllowanceMinusSpent() {
        assertThat(anasMarch.left()).isEqualTo(usd("27.50"));
        assertThat(anasMarch.planned()).isEqualTo(usd("20.00"));
    }

    @Test
    void newMonthStartsWithTheFullAllowanceAndNothingCarriedOver() {
        BudgetMonth april = BudgetMonth.start(MARCH.plusMonths(1), usd("40"));

        assertThat(april.left()).isEqualTo(usd("40"));
        assertThat(april.spent()).isEqualTo(usd("0"));
        assertThat(april.planned()).isEqualTo(usd("0"));
    }

    @Test
    void acceptsAnAmountUpToWhatIsLeftAndTellsTheNewBalance() {
        assertThat(anasMarch.check(new BigDecimal("7.5")))
                .isEqualTo(new SpendingDecision.Accepted(usd("7.50"), usd("20.00")));
        assertThat(anasMarch.check(new BigDecimal("27.50")))
                .isEqualTo(new SpendingDecision.Accepted(usd("27.50"), usd("0.00")));
    }

    @Test
    void plansDoNotReserveMoney() {
        // $20 is planned, but all $27.50 left may still be spent on something else.
        assertThat(anasMarch.check(new BigDecimal("25"))).isInstanceOf(SpendingDecision.Accepted.class);
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
            "0, NOT_POSITIVE",
            "0.00, NOT_POSITIVE",
            "-5, NOT_POSITIVE",
            "1.999, TOO_MANY_DECIMALS",
            "0.001, TOO_MANY_DECIMALS",
            "27.51, MORE_THAN_LEFT",
            "10000.00, MORE_THAN_LEFT",
            "10000.01, UNREASONABLY_LARGE",
            "1E9, UNREASONABLY_LARGE",
            "5551234567, UNREASONABLY_LARGE"})
    void refusesWithAReasonAndTheUnchangedBalance(String amount, SpendingRefusal reason) {
        assertThat(anasMarch.check(new BigDecimal(amount)))
                .isEqualTo(new SpendingDecision.Refused(reason, usd("27.50")));
    }

    @Test
    void trailingZerosBeyondCentsAreNotExtraDecimals() {
        assertThat(anasMarch.check(new BigDecimal("3.500"))).isEqualTo(new SpendingDecision.Accepted(usd("3.50"), usd("24.00")));
    }

    @Test
    void leftNeverGoesNegativeWhenTheAllowanceIsLoweredBelowWhatWasSpent() {
        BudgetMonth lowered = new BudgetMonth(MARCH, usd("10"), usd("12.50"), usd("0"));

        assertThat(lowered.left()).isEqualTo(usd("0"));
        assertThat(lowered.check(new BigDecimal("0.01")))
                .isEqualTo(new SpendingDecision.Refused(SpendingRefusal.MORE_THAN_LEFT, usd("0")));
    }

    @Test
    void spendingEverythingInStepsEndsAtZeroAndThenRefuses() {
        BudgetMonth month = BudgetMonth.start(MARCH, usd("35"));
        for (String amount : new String[] {"10", "10", "15"}) {
            var decision = (SpendingDecision.Accepted) month.check(new BigDecimal(amount));
            month = month.withSpending(decision.amount());
            assertThat(month.left()).isEqualTo(decision.leftAfter());
        }

        assertThat(month.left()).isEqualTo(usd("0"));
        assertThat(month.check(BigDecimal.ONE)).isInstanceOf(SpendingDecision.Refused.class);
    }

    @Test
    void monthIsTakenInTheParticipantsTimeZone() {
        // 23:30 on January 31 in Los Angeles is already 07:30 on February 1 in UTC.
        Instant lateJanuaryNight = Instant.parse("2026-02-01T07:30:00Z");

        assertThat(BudgetMonth.monthOf(lateJanuaryNight, ZoneId.of("America/Los_Angeles"))).isEqualTo(YearMonth.of(2026, 1));
        assertThat(BudgetMonth.monthOf(lateJanuaryNight, ZoneId.of("UTC"))).isEqualTo(YearMonth.of(2026, 2));
        assertThat(BudgetMonth.monthOf(Instant.parse("2026-01-31T23:30:00Z"), ZoneId.of("Europe/Madrid")))
                .isEqualTo(YearMonth.of(2026, 2));
    }

    @Test
    void oneMonthIsInOneCurrency() {
        assertThatThrownBy(() -> new BudgetMonth(MARCH, usd("40"), Money.of("1", Currency.getInstance("EUR")), usd("0")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
