package org.peerpartners.companion.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A participant's social budget for one calendar month in the participant's own time zone.
 *
 * <p><b>No carry-over.</b> Every month starts with the full allowance and nothing spent;
 * money not spent in a month is not added to the next one. That is how the program runs
 * its budgets (a fixed monthly amount for social activities), and it keeps the balance a
 * participant sees simple: allowance minus what they logged this month.
 *
 * <p>{@code planned} is the sum of the month's allocations. Plans do not reserve money:
 * a spending entry is checked only against what is left, so a participant is never blocked
 * by an old plan they changed their mind about.
 *
 * @param month the calendar month, in the participant's time zone (see {@link #monthOf})
 * @param allowance the month's allowance
 * @param spent the sum of the month's spending entries that were not undone
 * @param planned the sum of the month's allocations
 */
public record BudgetMonth(YearMonth month, Money allowance, Money spent, Money planned) {

    /**
     * No single entry may be above this. Budgets are tens of dollars; an amount like this is
     * a typo, and refusing it protects the balance from a slip of the thumb.
     */
    public static final BigDecimal MAX_ENTRY = new BigDecimal("10000.00");

    public BudgetMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(allowance, "allowance");
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(planned, "planned");
        if (allowance.isNegative() || spent.isNegative() || planned.isNegative()) {
            throw new IllegalArgumentException("Budget amounts cannot be negative");
        }
        if (!allowance.currency().equals(spent.currency()) || !allowance.currency().equals(planned.currency())) {
            throw new IllegalArgumentException("One month's budget is in one currency");
        }
    }

    /** A month as it starts: the full allowance, nothing spent, nothing planned. */
    public static BudgetMonth start(YearMonth month, Money allowance) {
        Money zero = Money.zero(allowance.currency());
        return new BudgetMonth(month, allowance, zero, zero);
    }

    /**
     * The month an instant falls in for someone in {@code zone}: 23:30 on January 31 in Los
     * Angeles is January, although it is already February 1 in UTC.
     */
    public static YearMonth monthOf(Instant instant, ZoneId zone) {
        return YearMonth.from(instant.atZone(zone));
    }

    /**
     * What is left to spend. Never below zero: if a coach lowers the allowance under what was
     * already spent, the participant sees zero left, not a debt.
     */
    public Money left() {
        Money left = allowance.minus(spent);
        return left.isNegative() ? Money.zero(allowance.currency()) : left;
    }

    /** Checks a spending request as typed by the participant, before anything is stored. */
    public SpendingDecision check(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        Money left = left();
        if (amount.signum() <= 0) {
            return new SpendingDecision.Refused(SpendingRefusal.NOT_POSITIVE, left);
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            return new SpendingDecision.Refused(SpendingRefusal.TOO_MANY_DECIMALS, left);
        }
        if (amount.compareTo(MAX_ENTRY) > 0) {
            return new SpendingDecision.Refused(SpendingRefusal.UNREASONABLY_LARGE, left);
        }
        Money requested = new Money(amount, allowance.currency());
        if (requested.isGreaterThan(left)) {
            return new SpendingDecision.Refused(SpendingRefusal.MORE_THAN_LEFT, left);
        }
        return new SpendingDecision.Accepted(requested, left.minus(requested));
    }

    /** This month after an accepted entry was logged. */
    public BudgetMonth withSpending(Money amount) {
        return new BudgetMonth(month, allowance, spent.plus(amount), planned);
    }
}
