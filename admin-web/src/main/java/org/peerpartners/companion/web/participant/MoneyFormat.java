package org.peerpartners.companion.web.participant;

import java.text.NumberFormat;
import java.util.Locale;

import org.peerpartners.companion.budget.Money;
import org.springframework.stereotype.Component;

/** Money as the page's language writes it ($12.50 / 12,50 US$), for templates: {@code @moneyFormat}. */
@Component("moneyFormat")
public class MoneyFormat {

    public String format(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        return format.format(money.amount());
    }
}
