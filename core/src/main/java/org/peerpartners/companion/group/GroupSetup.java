package org.peerpartners.companion.group;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.program.Role;
import org.peerpartners.companion.program.StaffUser;
import org.peerpartners.companion.program.StaffUserRepository;
import org.peerpartners.companion.validation.Checks;
import org.peerpartners.companion.validation.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a group: the group, its meeting series and the meetings of the next weeks, so the
 * dashboard, reminders and summaries have concrete meetings from the first day.
 *
 * <p>Who may start a group for which coach: an administrator for any coach of the
 * program, a supervisor for the coaches they supervise, a coach for themselves.
 */
@Component
public class GroupSetup {

    /** How far ahead the first meetings are written; the scheduler keeps extending them. */
    public static final Duration HORIZON = Duration.ofDays(8 * 7);

    private final PeerGroupRepository groups;
    private final MeetingSeriesRepository series;
    private final MeetingRepository meetings;
    private final StaffUserRepository staff;
    private final AuditLog audit;
    private final Clock clock;

    GroupSetup(PeerGroupRepository groups, MeetingSeriesRepository series, MeetingRepository meetings,
            StaffUserRepository staff, AuditLog audit, Clock clock) {
        this.groups = groups;
        this.series = series;
        this.meetings = meetings;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param firstStart the first meeting's local date-time in the group's zone, e.g. {@code 2026-12-01T18:00}
     * @param cadence {@code WEEKLY} or {@code BIWEEKLY}
     * @param durationMinutes 15–480; 90 when missing
     */
    public record NewGroup(String name, Long coachId, String timeZone, String firstStart, String cadence,
            Integer durationMinutes, String place) {
    }

    /** The new group, its series and the meetings written for the next weeks, in order. */
    public record StartedGroup(long id, long seriesId, List<Meeting> meetings) {
    }

    /** @throws InvalidInput naming each wrong field */
    @Transactional
    public StartedGroup start(NewGroup group, Actor actor) {
        Checks checks = new Checks();
        String name = checks.required("name", group.name(), 100);
        Long coachId = checks.present("coachId", group.coachId());
        if (coachId != null && !mayAssign(actor, coachId)) {
            checks.add("coachId", "unknown_coach", "must be a coach you may assign");
        }
        ZoneId zone = checks.present("timeZone", checks.timeZone("timeZone", group.timeZone()));
        LocalDateTime firstStart = checks.present("firstStart", checks.localDateTime("firstStart", group.firstStart()));
        Cadence cadence = checks.present("cadence", checks.oneOf("cadence", group.cadence(), Cadence.class));
        Integer duration = checks.between("durationMinutes", group.durationMinutes(), 15, 480);
        String place = checks.required("place", group.place(), 200);
        checks.throwIfAny();

        Instant now = clock.instant();
        PeerGroup saved = groups.save(PeerGroup.create(actor.programId(), null, name, coachId, zone, now));
        MeetingSeries meetingSeries = series.save(MeetingSeries.create(saved.id(), cadence, firstStart,
                duration == null ? (int) MeetingSchedule.DEFAULT_DURATION.toMinutes() : duration, place));
        MeetingSchedule schedule = meetingSeries.schedule(zone);
        Instant from = schedule.next(now.minusSeconds(1)).map(MeetingOccurrence::start).orElse(now);
        List<Meeting> written = schedule.occurrences(from, from.plus(HORIZON)).stream()
                .map(o -> meetings.save(Meeting.schedule(saved.id(), meetingSeries.id(), o.start(), o.end(), o.place())))
                .toList();
        audit.record(actor.staffId(), actor.name(), "CREATE_GROUP", "peer_group", saved.id(), null);
        return new StartedGroup(saved.id(), meetingSeries.id(), written);
    }

    /** The coaches the actor may start a group for: see the class comment. */
    public List<StaffUser> assignableCoaches(Actor actor) {
        return staff.findByProgramIdAndRoleOrderByDisplayName(actor.programId(), Role.COACH).stream()
                .filter(coach -> mayAssign(actor, coach))
                .toList();
    }

    private boolean mayAssign(Actor actor, long coachId) {
        return staff.findById(coachId).filter(coach -> mayAssign(actor, coach)).isPresent();
    }

    private static boolean mayAssign(Actor actor, StaffUser coach) {
        if (coach.role() != Role.COACH || !coach.enabled() || coach.programId() != actor.programId()) {
            return false;
        }
        return switch (actor.role()) {
            case ADMIN -> true;
            case SUPERVISOR -> coach.supervisorId() != null && coach.supervisorId() == actor.staffId();
            case COACH -> coach.id() == actor.staffId();
        };
    }
}
