package org.peerpartners.companion.validation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Collects field problems while a service reads its input, then throws them all at once,
 * so a form or API caller learns about every wrong field in one answer.
 *
 * <pre>{@code
 * Checks checks = new Checks();
 * String name = checks.required("name", input.name(), 100);
 * ZoneId zone = checks.timeZone("timeZone", input.timeZone());
 * checks.throwIfAny();
 * }</pre>
 */
public final class Checks {

    /** E.164: a plus, a non-zero country code digit, 8 to 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    private final List<FieldProblem> problems = new ArrayList<>();

    public void add(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** The stripped text, or null (with a problem) when it is missing, blank or too long. */
    public String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "required", "must not be blank");
            return null;
        }
        return optional(field, value, maxLength);
    }

    /** The stripped text, null when missing or blank; a problem when too long. */
    public String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            add(field, "too_long", "must be at most " + maxLength + " characters");
            return null;
        }
        return stripped;
    }

    /**
     * A region time zone such as {@code America/New_York}; fixed offsets are refused because
     * they ignore daylight saving. Null when missing (no problem: the caller decides).
     */
    public ZoneId timeZone(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            add(field, "unknown_time_zone", "must be a time zone such as America/New_York");
            return null;
        }
        return ZoneId.of(id);
    }

    /** {@code en} or {@code es}, the languages the companion speaks; null when missing. */
    public Locale language(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String tag = value.strip().toLowerCase(Locale.ROOT);
        if (!tag.equals("en") && !tag.equals("es")) {
            add(field, "unknown_language", "must be en or es");
            return null;
        }
        return Locale.forLanguageTag(tag);
    }

    /** A local date-time like {@code 2026-12-01T18:00}; null when missing. */
    public LocalDateTime localDateTime(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, "invalid_date_time", "must be a local date-time like 2026-12-01T18:00");
            return null;
        }
    }

    /** One of the enum's constants by name (case ignored); null when missing. */
    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        add(field, "not_allowed", "must be one of " + String.join(", ", names));
        return null;
    }

    /** An amount of money: zero or more, at most two decimals, at most {@code max}; null when missing. */
    public BigDecimal amount(String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            add(field, "negative", "must not be negative");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            add(field, "too_many_decimals", "must have at most two decimal places");
            return null;
        }
        if (value.compareTo(max) > 0) {
            add(field, "too_large", "must be at most " + max.toPlainString());
            return null;
        }
        return value.setScale(2);
    }

    /** A whole number in {@code [min, max]}; null when missing. */
    public Integer between(String field, Integer value, int min, int max) {
        if (value == null) {
            return null;
        }
        if (value < min || value > max) {
            add(field, "out_of_range", "must be between " + min + " and " + max);
            return null;
        }
        return value;
    }

    /** A phone number in E.164 form ({@code +15551234567}), spaces and dashes removed; null when missing. */
    public Optional<String> phone(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String compact = value.replaceAll("[\\s\\-().]", "");
        if (!E164.matcher(compact).matches()) {
            add(field, "invalid_phone", "must be an E.164 phone number like +15551234567");
            return Optional.empty();
        }
        return Optional.of(compact);
    }

    /** A plausible e-mail address (one @, something on both sides, a dot in the domain); null when missing. */
    public String email(String field, String value) {
        String email = required(field, value, 254);
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@') || email.indexOf('.', at) < at + 2 || email.endsWith(".")
                || email.chars().anyMatch(Character::isWhitespace)) {
            add(field, "invalid_email", "must be an e-mail address");
            return null;
        }
        return email;
    }

    /**
     * Records a missing required value (an id, or what a parser above returned): "required"
     * only when the field has no problem yet, so a malformed value is not also called missing.
     */
    public <T> T present(String field, T value) {
        if (value == null && !has(field)) {
            add(field, "required", "must not be blank");
        }
        return value;
    }
}
