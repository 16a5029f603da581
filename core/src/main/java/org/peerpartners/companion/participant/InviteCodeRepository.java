package org.peerpartners.companion.participant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface InviteCodeRepository extends ListCrudRepository<InviteCode, Long> {

    /** Codes are compared exactly; callers normalise what a person typed (upper case, no spaces) first. */
    Optional<InviteCode> findByCode(String code);

    List<InviteCode> findByParticipantIdAndRevokedAtIsNull(Long participantId);

    List<InviteCode> findByStaffUserIdAndRevokedAtIsNull(Long staffUserId);
}
