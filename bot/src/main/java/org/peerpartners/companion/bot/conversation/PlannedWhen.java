package org.peerpartners.companion.bot.conversation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerpartners.companion.bot.conversation.Command.PlannedDay;

/**
 * Reads the optional leading day and time of {@code ADD tue 6pm book club} or
 * {@code AGREGAR mar 18:00 club de lectura}. Day words follow the language of the command
 * word (so "mar" is Tuesday after AGREGAR); a bare number ("ADD 2 coffees") is text, not a time.
 */
final class PlannedWhen {

    private static final Map<String, PlannedDay> ENGLISH = new HashMap<>();
    private static final Map<String, PlannedDay> SPANISH = new HashMap<>();
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)[,.]?(?:\\s+|$)(.*)$", Pattern.DOTALL);
    private static final Pattern CONNECTOR = Pattern.compile("^(at|@|a las|a la)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile(
            "^(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|h(?:rs)?)?(?:\\s+|$)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static {
        String[][] english = {{"mon", "monday"}, {"tue", "tues", "tuesday"}, {"wed", "wednesday"},
            {"thu", "thur", "thurs", "thursday"}, {"fri", "friday"}, {"sat", "saturday"}, {"sun", "sunday"}};
        String[][] spanish = {{"lun", "lunes"}, {"mar", "martes"}, {"mie", "miercoles"}, {"jue", "jueves"},
            {"vie", "viernes"}, {"sab", "sabado"}, {"dom", "domingo"}};
        for (int i = 0; i < 7; i++) {
            PlannedDay day = new PlannedDay.Weekday(DayOfWeek.of(i + 1));
            for (String word : english[i]) {
                ENGLISH.put(word, day);
            }
            for (String word : spanish[i]) {
                SPANISH.put(word, day);
            }
        }
        for (String word : new String[] {"today", "tonight"}) {
            ENGLISH.put(word, new PlannedDay.Today());
        }
        for (String word : new String[] {"tomorrow", "tmrw", "tmr"}) {
            ENGLISH.put(word, new PlannedDay.Tomorrow());
        }
        SPANISH.put("hoy", new PlannedDay.Today());
        SPANISH.put("manana", new PlannedDay.Tomorrow());
    }

    private PlannedWhen() {
    }

    static Command parseAdd(String arguments, Language spoken, String message) {
        Optional<PlannedDay> day = Optional.empty();
        Optional<LocalTime> time = Optional.empty();
        String rest = arguments;
        Matcher first = FIRST_WORD.matcher(rest);
        if (first.matches()) {
            PlannedDay found = (spoken == Language.ES ? SPANISH : ENGLISH).get(Keyword.fold(first.group(1)));
            if (found != null) {
                day = Optional.of(found);
                rest = first.group(2).strip();
            }
        }
        rest = CONNECTOR.matcher(rest).replaceFirst("");
        Matcher clock = TIME.matcher(rest);
        if (clock.matches() && (clock.group(2) != null || clock.group(3) != null)) {
            Optional<LocalTime> parsed = toTime(clock.group(1), clock.group(2), clock.group(3));
            if (parsed.isPresent()) {
                time = parsed;
                rest = clock.group(4).strip();
            }
        }
        if (rest.isEmpty()) {
            return new Command.Invalid("invalid.add.missing-text", message);
        }
        if (rest.length() > CommandParser.MAX_ITEM_TEXT) {
            return new Command.Invalid("invalid.add.too-long", message);
        }
        if (time.isPresent() && day.isEmpty()) {
            day = Optional.of(new PlannedDay.Today());
        }
        return new Command.Add(rest, day, time);
    }

    private static Optional<LocalTime> toTime(String hours, String minutes, String suffix) {
        int hour = Integer.parseInt(hours);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        String marker = suffix == null ? "" : suffix.toLowerCase(Locale.ROOT).replace(".", "");
        if (marker.equals("am") || marker.equals("pm")) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (marker.equals("pm") ? 12 : 0);
        }
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }
}
