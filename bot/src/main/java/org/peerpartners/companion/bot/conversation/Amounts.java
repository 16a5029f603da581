package org.peerpartners.companion.bot.conversation;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerpartners.companion.bot.conversation.Command.Invalid;

/**
 * Reads the amount of {@code SPENT amount what}: {@code 12}, {@code 12.5}, {@code 12.50},
 * {@code $12.50}, {@code 12,50} (decimal comma) and {@code 1,234.56}. Anything else, such
 * as {@code 1e9}, is refused with a reason rather than guessed at.
 */
final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile(
            "^\\$?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{1,7}(?:[.,]\\d{1,2})?)\\$?$");
    private static final Pattern NEGATIVE = Pattern.compile("^-\\s*\\$?\\d.*");
    private static final Pattern FILLER = Pattern.compile("^(on|for|at|in|en|para|de|del)\\s+", Pattern.CASE_INSENSITIVE);

    private Amounts() {
    }

    static Command parseSpent(String arguments, String message) {
        if (arguments.isEmpty()) {
            return new Invalid("invalid.amount.missing", message);
        }
        String[] parts = arguments.split("\\s+", 2);
        String token = parts[0];
        String what = parts.length > 1 ? FILLER.matcher(parts[1].strip()).replaceFirst("").strip() : "";
        if (token.equals("$") && parts.length > 1) {
            String[] again = parts[1].strip().split("\\s+", 2);
            token = again[0];
            what = again.length > 1 ? FILLER.matcher(again[1].strip()).replaceFirst("").strip() : "";
        }
        if (NEGATIVE.matcher(token).matches()) {
            return new Invalid("invalid.amount.not-positive", message);
        }
        Matcher amount = AMOUNT.matcher(token);
        if (!amount.matches()) {
            return new Invalid("invalid.amount.not-a-number", message);
        }
        String digits = amount.group(1);
        BigDecimal value = new BigDecimal(digits.matches(".*,\\d{3}.*") && !digits.matches("^\\d+,\\d{1,2}$")
                ? digits.replace(",", "") : digits.replace(',', '.'));
        if (value.signum() <= 0) {
            return new Invalid("invalid.amount.not-positive", message);
        }
        if (value.compareTo(CommandParser.AMOUNT_CEILING) > 0) {
            return new Invalid("invalid.amount.too-large", message);
        }
        return new Command.Spent(value.setScale(2), what);
    }
}
