package org.peerpartners.companion.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;

import org.junit.jupiter.api.Test;

class MoneyTests {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void alwaysHasTwoDecimalPlacesSoEqualAmountsAreEqual() {
        assertThat(Money.of("5", USD)).isEqualTo(Money.of("5.00", USD));
        assertThat(Money.of("5", USD).amount().scale()).isEqualTo(2);
        assertThat(Money.of("5.1", USD)).hasToString("5.10 USD");
    }

    @Test
    void refusesFractionsOfACent() {
        assertThatThrownBy(() -> Money.of("0.005", USD)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsAndSubtractsOnlyTheSameCurrency() {
        assertThat(Money.of("40", USD).minus(Money.of("12.50", USD))).isEqualTo(Money.of("27.50", USD));
        assertThat(Money.of("0.10", USD).plus(Money.of("0.20", USD))).isEqualTo(Money.of("0.30", USD));
        assertThatThrownBy(() -> Money.of("1", USD).plus(Money.of("1", Currency.getInstance("EUR"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
