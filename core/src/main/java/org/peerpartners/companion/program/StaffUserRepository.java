package org.peerpartners.companion.program;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface StaffUserRepository extends ListCrudRepository<StaffUser, Long> {

    /** E-mail addresses are unique regardless of case (index {@code staff_user_email_key}). */
    @Query("SELECT * FROM staff_user WHERE lower(email) = lower(:email)")
    Optional<StaffUser> findByEmail(String email);

    List<StaffUser> findBySupervisorIdOrderByDisplayName(Long supervisorId);

    List<StaffUser> findByProgramIdAndRoleOrderByDisplayName(Long programId, Role role);
}
