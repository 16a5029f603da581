package org.peerpartners.companion.participant;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores a fresh {@link InviteCodes invite code} for a newly enrolled participant or staff member. */
@Component
public class InviteIssuer {

    private final InviteCodes codes = new InviteCodes();
    private final InviteCodeRepository repository;
    private final Clock clock;

    InviteIssuer(InviteCodeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public InviteCode forParticipant(long participantId) {
        return repository.save(InviteCode.forParticipant(freshCode(), participantId, clock.instant()));
    }

    @Transactional
    public InviteCode forStaff(long staffUserId) {
        return repository.save(InviteCode.forStaff(freshCode(), staffUserId, clock.instant()));
    }

    private String freshCode() {
        return codes.generate(code -> repository.findByCode(code).isPresent());
    }
}
