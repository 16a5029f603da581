package org.peerpartners.companion.participant;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface ParticipantRepository extends ListCrudRepository<Participant, Long> {

    List<Participant> findByGroupIdOrderByFirstName(Long groupId);

    List<Participant> findByGroupIdAndStatusOrderByFirstName(Long groupId, ParticipantStatus status);
}
