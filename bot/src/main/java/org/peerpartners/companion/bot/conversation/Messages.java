package org.peerpartners.companion.bot.conversation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import org.peerpartners.companion.bot.conversation.Effect.Button;
import org.peerpartners.companion.bot.conversation.Effect.Reply;

/**
 * Renders replies from {@code messages/conversation_{en,es}.properties} (UTF-8) with
 * {@link MessageFormat}. Arguments are turned into text first: money ({@link BigDecimal})
 * as {@code $1,234.56}, dates and times with the bundle's {@code format.*} patterns,
 * {@link Line}s from the bundle, lists of names joined with the language's "and".
 */
public final class Messages {

    public static final String BUNDLE = "messages.conversation";

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Messages() {
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /** The reply's text; on SMS with the keyword answers appended. */
    public String render(Reply reply) {
        String text = render(reply.language(), reply.key(), reply.args());
        return reply.answersKey().map(key -> text + " " + render(reply.language(), key, List.of())).orElse(text);
    }

    public String render(Language language, String key, List<Object> args) {
        Object[] texts = args.stream().map(arg -> text(language, arg)).toArray();
        return new MessageFormat(bundles.get(language).getString(key), language.locale()).format(texts);
    }

    public String label(Language language, Button button) {
        return render(language, button.labelKey(), button.labelArgs());
    }

    public Set<String> keys(Language language) {
        return bundles.get(language).keySet();
    }

    /** The raw pattern, for checks on the bundles themselves. */
    public String pattern(Language language, String key) {
        return bundles.get(language).getString(key);
    }

    private String text(Language language, Object arg) {
        if (arg instanceof BigDecimal amount) {
            return money(amount);
        }
        if (arg instanceof ZonedDateTime dateTime) {
            return format(language, "format.datetime").format(dateTime);
        }
        if (arg instanceof LocalDate date) {
            return format(language, "format.date").format(date);
        }
        if (arg instanceof LocalTime time) {
            return format(language, "format.time").format(time);
        }
        if (arg instanceof Line line) {
            return render(language, line.key(), line.args());
        }
        if (arg instanceof List<?> list) {
            return list(language, list);
        }
        return String.valueOf(arg);
    }

    private String list(Language language, List<?> items) {
        List<String> texts = items.stream().map(item -> text(language, item)).toList();
        if (!items.isEmpty() && items.get(0) instanceof Line) {
            return String.join("\n", texts);
        }
        if (texts.size() <= 1) {
            return String.join("", texts);
        }
        String head = texts.subList(0, texts.size() - 1).stream().collect(Collectors.joining(", "));
        return render(language, "format.list", List.of(head, texts.get(texts.size() - 1)));
    }

    private DateTimeFormatter format(Language language, String key) {
        return DateTimeFormatter.ofPattern(bundles.get(language).getString(key), language.locale());
    }

    /** US dollars for both languages: the program's participants are in the US. */
    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        format.setNegativePrefix("-$");
        return format.format(amount);
    }
}
