package org.peerpartners.companion.program;

import org.springframework.data.repository.ListCrudRepository;

public interface ProgramRepository extends ListCrudRepository<Program, Long> {
}
