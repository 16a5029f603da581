package org.peerpartners.companion.program;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface SiteRepository extends ListCrudRepository<Site, Long> {

    List<Site> findByProgramIdOrderByName(Long programId);
}
