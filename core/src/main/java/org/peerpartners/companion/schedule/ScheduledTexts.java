package org.peerpartners.companion.schedule;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the scheduled messages, from {@code messages/scheduled_{en,es}.properties},
 * so the scheduler module (which may depend on core only) writes them in the participant's
 * language. Values a person typed (a plan item, a place) are shortened so every message fits
 * in two SMS segments.
 */
public final class ScheduledTexts {

    public static final String BUNDLE = "messages/scheduled";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final List<Locale> LOCALES = List.of(ENGLISH, SPANISH);

    /** Longest plan item text and place kept in a message; longer ones end with "...". */
    public static final int SHORT_TEXT = 40;
    public static final int SHORT_NAMES = 40;

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), ScheduledTexts.class.getClassLoader(), NO_FALLBACK);
    }

    public static Set<String> keys(Locale locale) {
        return bundle(locale).keySet();
    }

    /** Spanish for any "es" locale, English for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    }

    public String meetingReminder(Locale locale, Instant start, ZoneId zone, String place) {
        return render(locale, ScheduledKind.MEETING_REMINDER, dateTime(locale, start, zone), shorten(place, SHORT_TEXT));
    }

    public String activityReminder(Locale locale, LocalTime time, String item) {
        return render(locale, ScheduledKind.ACTIVITY_REMINDER, time(locale, time), shorten(item, SHORT_TEXT));
    }

    public String checkInPrompt(Locale locale, int number, String item) {
        return render(locale, ScheduledKind.CHECK_IN_PROMPT, Integer.toString(number), shorten(item, SHORT_TEXT));
    }

    public String planRecap(Locale locale, int items) {
        return render(locale, ScheduledKind.PLAN_RECAP, items);
    }

    public String buddyNudge(Locale locale, String buddyNames) {
        return render(locale, ScheduledKind.BUDDY_NUDGE, shorten(buddyNames, SHORT_NAMES));
    }

    public String monthlyBudget(Locale locale, BigDecimal allowance, BigDecimal lastMonthSpent) {
        return render(locale, ScheduledKind.MONTHLY_BUDGET, money(allowance), money(lastMonthSpent));
    }

    /** "Ben", "Ben and Cleo", "Ben, Cleo and Dee" (Spanish "y"). */
    public String names(Locale locale, List<String> names) {
        String and = SPANISH.equals(supported(locale)) ? " y " : " and ";
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }

    private String render(Locale locale, ScheduledKind kind, Object... arguments) {
        Locale language = supported(locale);
        return new MessageFormat(bundle(language).getString(kind.key()), language).format(arguments);
    }

    private static String dateTime(Locale locale, Instant instant, ZoneId zone) {
        return formatter(locale, "format.datetime").format(instant.atZone(zone));
    }

    private static String time(Locale locale, LocalTime time) {
        return formatter(locale, "format.time").format(time);
    }

    /** Formatters are immutable and thread-safe; the sweep formats thousands of times a second. */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private static DateTimeFormatter formatter(Locale locale, String key) {
        Locale language = supported(locale);
        return FORMATTERS.computeIfAbsent(language.getLanguage() + "/" + key,
                k -> DateTimeFormatter.ofPattern(bundle(language).getString(key), language));
    }

    /** US dollars as the bot writes them in both languages: $1,234.56. */
    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        format.setNegativePrefix("-$");
        return format.format(amount == null ? BigDecimal.ZERO : amount);
    }

    static String shorten(String text, int max) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return clean.length() <= max ? clean : clean.substring(0, max - 3).strip() + "...";
    }
}
