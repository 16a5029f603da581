package org.peerpartners.companion.participant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

import org.springframework.data.annotation.Id;

/**
 * A person in a peer group. Only a first name is kept: it is what buddies and the coach's
 * summary show. Reminders respect the time zone, quiet hours and any pause.
 */
public record Participant(
        @Id Long id,
        Long groupId,
        String firstName,
        Locale language,
        ZoneId timeZone,
        LocalTime quietStart,
        LocalTime quietEnd,
        ParticipantStatus status,
        Instant pausedUntil,
        BigDecimal monthlyAllowance,
        Currency currency,
        LocalDate enrolledOn,
        LocalDate exitedOn,
        Instant createdAt) {

    public static final LocalTime DEFAULT_QUIET_START = LocalTime.of(21, 0);
    public static final LocalTime DEFAULT_QUIET_END = LocalTime.of(9, 0);

    /** A newly enrolled participant with the default quiet hours (21:00–09:00), not yet joined. */
    public static Participant enrol(Long groupId, String firstName, Locale language, ZoneId timeZone,
            BigDecimal monthlyAllowance, Currency currency, LocalDate enrolledOn, Instant now) {
        return new Participant(null, groupId, firstName, language, timeZone, DEFAULT_QUIET_START, DEFAULT_QUIET_END,
                ParticipantStatus.INVITED, null, monthlyAllowance, currency, enrolledOn, null, now);
    }

    public Participant withStatus(ParticipantStatus newStatus) {
        return new Participant(id, groupId, firstName, language, timeZone, quietStart, quietEnd, newStatus,
                pausedUntil, monthlyAllowance, currency, enrolledOn, exitedOn, createdAt);
    }

    public Participant withLanguage(Locale newLanguage) {
        return new Participant(id, groupId, firstName, newLanguage, timeZone, quietStart, quietEnd, status,
                pausedUntil, monthlyAllowance, currency, enrolledOn, exitedOn, createdAt);
    }

    public Participant withQuietHours(LocalTime start, LocalTime end) {
        return new Participant(id, groupId, firstName, language, timeZone, start, end, status, pausedUntil,
                monthlyAllowance, currency, enrolledOn, exitedOn, createdAt);
    }

    public Participant withMonthlyAllowance(BigDecimal allowance) {
        return new Participant(id, groupId, firstName, language, timeZone, quietStart, quietEnd, status,
                pausedUntil, allowance, currency, enrolledOn, exitedOn, createdAt);
    }

    public Participant pausedUntil(Instant until) {
        return new Participant(id, groupId, firstName, language, timeZone, quietStart, quietEnd, status, until,
                monthlyAllowance, currency, enrolledOn, exitedOn, createdAt);
    }

    public Participant resumed() {
        return pausedUntil(null);
    }

    public Participant exit(LocalDate day) {
        return new Participant(id, groupId, firstName, language, timeZone, quietStart, quietEnd,
                ParticipantStatus.EXITED, pausedUntil, monthlyAllowance, currency, enrolledOn, day, createdAt);
    }

    public boolean isPaused(Instant now) {
        return pausedUntil != null && pausedUntil.isAfter(now);
    }
}
