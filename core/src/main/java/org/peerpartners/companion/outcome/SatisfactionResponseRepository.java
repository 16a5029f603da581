package org.peerpartners.companion.outcome;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface SatisfactionResponseRepository extends ListCrudRepository<SatisfactionResponse, Long> {

    List<SatisfactionResponse> findByProgramIdAndSubmittedOnBetweenOrderBySubmittedOn(Long programId, LocalDate from,
            LocalDate to);

    List<SatisfactionResponse> findByGroupIdAndSubmittedOnBetweenOrderBySubmittedOn(Long groupId, LocalDate from,
            LocalDate to);
}
