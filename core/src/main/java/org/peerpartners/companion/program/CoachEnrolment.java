package org.peerpartners.companion.program;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.participant.InviteIssuer;
import org.peerpartners.companion.validation.Checks;
import org.peerpartners.companion.validation.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a coach to the program with an invite code they use to link their Telegram or phone
 * (for pre-group summaries). Their password is set through the admin web's account pages.
 * Only administrators add coaches.
 */
@Component
public class CoachEnrolment {

    private final StaffUserRepository staff;
    private final ProgramRepository programs;
    private final InviteIssuer invites;
    private final AuditLog audit;
    private final Clock clock;

    CoachEnrolment(StaffUserRepository staff, ProgramRepository programs, InviteIssuer invites, AuditLog audit,
            Clock clock) {
        this.staff = staff;
        this.programs = programs;
        this.invites = invites;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param email the sign-in address, unique in any case
     * @param language {@code en} or {@code es}; English when missing
     * @param timeZone a region zone; the program's when missing
     * @param supervisorId a supervisor of the same program, or null
     */
    public record NewCoach(String email, String displayName, String language, String timeZone, Long supervisorId) {
    }

    public record EnrolledCoach(long id, String inviteCode) {
    }

    /** @throws InvalidInput naming each wrong field; {@link SecurityException} when the actor is not an administrator */
    @Transactional
    public EnrolledCoach enrol(NewCoach coach, Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new SecurityException("Only administrators add coaches");
        }
        Checks checks = new Checks();
        String email = checks.email("email", coach.email());
        String name = checks.required("displayName", coach.displayName(), 100);
        Locale language = checks.language("language", coach.language());
        ZoneId zone = checks.timeZone("timeZone", coach.timeZone());
        if (email != null && staff.findByEmail(email).isPresent()) {
            checks.add("email", "taken", "is already used by another staff account");
        }
        if (coach.supervisorId() != null && staff.findById(coach.supervisorId())
                .filter(s -> s.programId() == actor.programId() && s.role() == Role.SUPERVISOR && s.enabled())
                .isEmpty()) {
            checks.add("supervisorId", "unknown_supervisor", "must be a supervisor of this program");
        }
        checks.throwIfAny();
        if (zone == null) {
            zone = programs.findById(actor.programId()).orElseThrow().timeZone();
        }
        StaffUser saved = staff.save(StaffUser.create(actor.programId(), email, name, Role.COACH, coach.supervisorId(),
                language == null ? Locale.ENGLISH : language, zone, clock.instant()));
        String code = invites.forStaff(saved.id()).code();
        audit.record(actor.staffId(), actor.name(), "CREATE_COACH", "staff_user", saved.id(), null);
        return new EnrolledCoach(saved.id(), code);
    }
}
