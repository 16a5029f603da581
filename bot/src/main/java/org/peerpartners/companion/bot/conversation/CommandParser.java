package org.peerpartners.companion.bot.conversation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerpartners.companion.bot.conversation.Command.Invalid;

/**
 * Turns a message into a {@link Command}. Keywords are case-insensitive, accents optional,
 * English or Spanish whatever the person's language, with surrounding spaces and
 * punctuation tolerated; Telegram slash forms ({@code /spent@MyBot 12}) work too.
 * Commands without arguments ({@code PLAN}) match only when sent alone, so a journal
 * line such as "plan to call my sister" is not taken for a command.
 */
public final class CommandParser {

    /** The largest amount accepted for one spending entry; budgets are $35-60 a month. */
    public static final BigDecimal AMOUNT_CEILING = new BigDecimal("1000");
    public static final int MAX_ITEM_TEXT = 200;
    public static final int MAX_BUDDY_TEXT = 500;

    private static final Pattern HEAD = Pattern.compile(
            "^[^\\p{L}\\p{N}/$#-]*(/)?(\\p{L}+)(@\\w+)?(.*)$", Pattern.DOTALL);
    private static final Pattern NOTHING_ELSE = Pattern.compile("^[\\s\\p{Punct}\u00a1\u00bf]*$");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^[\\s:#.,-]*#?(\\d{1,3})(?!\\d)(?![.,]\\d).*$", Pattern.DOTALL);
    private static final Pattern DAYS = Pattern.compile("^[\\s:]*(-?\\d{1,6})\\s*(days?|dias?|d)?[\\s.!]*$");
    private static final Pattern CODE = Pattern.compile("^[\\s:]*([A-Za-z0-9-]{4,16})[\\s.!]*$");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^(?:\\s|[:,]|-(?!\\d))+");

    private CommandParser() {
    }

    public static Command parse(String text, Language lang) {
        String message = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        Matcher head = HEAD.matcher(message);
        if (!head.matches()) {
            return new Command.Unknown(message);
        }
        boolean slash = head.group(1) != null;
        String word = Keyword.fold(head.group(2));
        String rest = head.group(4);
        if (word.equals("no") && Keyword.fold(rest).stripLeading().startsWith("hoy")) {
            word = "nohoy";
            rest = rest.stripLeading().substring(3);
        }
        else if (word.equals("not") && Keyword.fold(rest).stripLeading().startsWith("this time")) {
            word = "skip";
            rest = rest.stripLeading().substring("this time".length());
        }
        Optional<Keyword> keyword = Keyword.of(word);
        if (keyword.isEmpty()) {
            return new Command.Unknown(message);
        }
        Language spoken = slash ? lang : keyword.get().languageOf(word, lang);
        return arguments(keyword.get(), rest, spoken, slash, message);
    }

    /**
     * The language of the message's command word ("UNIRME" is Spanish), or the fallback when
     * there is none or it is shared ("PLAN"). Used to answer a stranger in their language.
     */
    static Language keywordLanguage(String text, Language fallback) {
        Matcher head = HEAD.matcher(text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip());
        if (!head.matches() || head.group(1) != null) {
            return fallback;
        }
        String word = Keyword.fold(head.group(2));
        return Keyword.of(word).map(keyword -> keyword.languageOf(word, fallback)).orElse(fallback);
    }

    private static Command arguments(Keyword keyword, String rest, Language spoken, boolean slash, String message) {
        boolean alone = NOTHING_ELSE.matcher(rest).matches();
        String freeText = LEADING_SEPARATORS.matcher(rest).replaceFirst("").strip();
        switch (keyword) {
            case JOIN:
                return join(rest, message);
            case START:
                if (alone) {
                    return new Command.Start();
                }
                return join(rest, message);
            case HELP:
                return alone ? new Command.Help() : new Command.Unknown(message);
            case PLAN:
                return alone ? new Command.Plan() : new Command.Unknown(message);
            case UNDO:
                return alone ? new Command.Undo() : new Command.Unknown(message);
            case BUDGET:
                return alone ? new Command.Budget() : new Command.Unknown(message);
            case GOALS:
                return alone ? new Command.Goals() : new Command.Unknown(message);
            case NEXT:
                return alone ? new Command.Next() : new Command.Unknown(message);
            case RESUME:
                return alone ? new Command.Resume() : new Command.Unknown(message);
            case SUMMARY:
                return alone ? new Command.Summary() : new Command.Unknown(message);
            case ADD:
                return PlannedWhen.parseAdd(freeText, spoken, message);
            case DONE:
                return checkIn(CheckInOutcome.DONE, rest, message);
            case PARTLY:
                return checkIn(CheckInOutcome.PARTLY, rest, message);
            case SKIP:
                return checkIn(CheckInOutcome.NOT_THIS_TIME, rest, message);
            case SPENT:
                return Amounts.parseSpent(freeText, message);
            case JOURNAL:
                return freeText.isEmpty() ? new Command.Journal(Optional.empty()) : new Command.Journal(Optional.of(freeText));
            case BUDDY:
                if (freeText.isEmpty()) {
                    return new Invalid("invalid.buddy.missing-text", message);
                }
                return freeText.length() > MAX_BUDDY_TEXT
                        ? new Invalid("invalid.buddy.too-long", message) : new Command.Buddy(freeText);
            case PAUSE:
                return pause(rest, message);
            case LANG:
                return lang(freeText, message);
            default:
                throw new IllegalStateException("Keyword without a parser: " + keyword + (slash ? " (slash)" : ""));
        }
    }

    private static Command join(String rest, String message) {
        Matcher code = CODE.matcher(rest);
        return code.matches() ? new Command.Join(code.group(1).toUpperCase(Locale.ROOT))
                : new Invalid("invalid.join.missing-code", message);
    }

    private static Command checkIn(CheckInOutcome outcome, String rest, String message) {
        Matcher number = ITEM_NUMBER.matcher(rest);
        if (!number.matches()) {
            return new Invalid("invalid.checkin.missing-number", message);
        }
        int item = Integer.parseInt(number.group(1));
        return item == 0 ? new Invalid("invalid.checkin.missing-number", message) : new Command.CheckIn(outcome, item);
    }

    private static Command pause(String rest, String message) {
        Matcher days = DAYS.matcher(Keyword.fold(rest));
        if (!days.matches()) {
            return new Invalid("invalid.pause.days", message);
        }
        long count = Long.parseLong(days.group(1));
        return count >= 1 && count <= 30 ? new Command.Pause((int) count) : new Invalid("invalid.pause.days", message);
    }

    private static Command lang(String argument, String message) {
        String folded = Keyword.fold(argument).replaceAll("[\\p{Punct}\\s]+", "");
        switch (folded) {
            case "en": case "english": case "ingles":
                return new Command.Lang(Language.EN);
            case "es": case "spanish": case "espanol": case "sp":
                return new Command.Lang(Language.ES);
            default:
                return new Invalid("invalid.lang", message);
        }
    }
}
