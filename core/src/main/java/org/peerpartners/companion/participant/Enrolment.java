package org.peerpartners.companion.participant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.budget.BudgetMonth;
import org.peerpartners.companion.group.PeerGroup;
import org.peerpartners.companion.group.PeerGroupRepository;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.validation.Checks;
import org.peerpartners.companion.validation.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols a participant in a group: the participant (invited, not yet joined) and the invite
 * code on their card. The caller has already checked that the actor may read the group.
 *
 * <p>A phone number given here is recorded as an <em>unlinked</em> SMS identity: nothing is
 * sent to it until the person texts their code, which links it and records their consent.
 */
@Component
public class Enrolment {

    /** Budgets are tens of dollars a month; the cap only catches typos. */
    public static final BigDecimal MAX_MONTHLY_BUDGET = BudgetMonth.MAX_ENTRY;
    static final Currency CURRENCY = Currency.getInstance("USD");

    private final PeerGroupRepository groups;
    private final ParticipantRepository participants;
    private final ChannelIdentityRepository identities;
    private final InviteIssuer invites;
    private final AuditLog audit;
    private final Clock clock;

    Enrolment(PeerGroupRepository groups, ParticipantRepository participants, ChannelIdentityRepository identities,
            InviteIssuer invites, AuditLog audit, Clock clock) {
        this.groups = groups;
        this.participants = participants;
        this.identities = identities;
        this.invites = invites;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param language {@code en} or {@code es}
     * @param timeZone a region zone; the group's when missing
     * @param phone E.164 ({@code +15551234567}), optional
     * @param monthlyBudget the social budget per month, optional (zero)
     */
    public record NewParticipant(String firstName, String language, String timeZone, String phone,
            BigDecimal monthlyBudget) {
    }

    public record EnrolledParticipant(long id, String inviteCode) {
    }

    /**
     * @throws InvalidInput naming each wrong field
     * @throws NoSuchElementException when there is no such group or it is archived
     */
    @Transactional
    public EnrolledParticipant enrol(long groupId, NewParticipant person, Actor actor) {
        PeerGroup group = groups.findById(groupId).filter(g -> !g.isArchived())
                .orElseThrow(() -> new NoSuchElementException("No active group " + groupId));
        Checks checks = new Checks();
        String firstName = checks.required("firstName", person.firstName(), 50);
        Locale language = checks.present("language", checks.language("language", person.language()));
        ZoneId zone = checks.timeZone("timeZone", person.timeZone());
        Optional<String> phone = checks.phone("phone", person.phone());
        BigDecimal budget = checks.amount("monthlyBudget", person.monthlyBudget(), MAX_MONTHLY_BUDGET);
        if (phone.isPresent() && identities.findByChannelAndAddress(Channel.SMS, phone.get()).isPresent()) {
            checks.add("phone", "taken", "is already someone's number");
        }
        checks.throwIfAny();

        Instant now = clock.instant();
        ZoneId participantZone = zone == null ? group.timeZone() : zone;
        Participant saved = participants.save(Participant.enrol(group.id(), firstName, language, participantZone,
                budget == null ? BigDecimal.ZERO.setScale(2) : budget, CURRENCY,
                LocalDate.ofInstant(now, group.timeZone()), now));
        phone.ifPresent(number -> identities.save(
                ChannelIdentity.forParticipant(Channel.SMS, number, saved.id(), now).unlink(now)));
        String code = invites.forParticipant(saved.id()).code();
        audit.record(actor.staffId(), actor.name(), "ENROL_PARTICIPANT", "participant", saved.id(),
                "group " + group.id());
        return new EnrolledParticipant(saved.id(), code);
    }
}
