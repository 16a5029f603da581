package org.peerpartners.companion.budget;

import java.util.Objects;

/** The answer to "may this amount be logged against this month's budget?". */
public sealed interface SpendingDecision {

    /** The amount may be logged; {@code leftAfter} is the balance once it is. */
    record Accepted(Money amount, Money leftAfter) implements SpendingDecision {
        public Accepted {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(leftAfter, "leftAfter");
        }
    }

    /** Nothing is logged; {@code left} is the unchanged balance, to show in the reply. */
    record Refused(SpendingRefusal reason, Money left) implements SpendingDecision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(left, "left");
        }
    }
}
