package org.peerpartners.companion.group;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface MeetingSeriesRepository extends ListCrudRepository<MeetingSeries, Long> {

    Optional<MeetingSeries> findByGroupId(Long groupId);
}
