package org.peerpartners.companion.consent;

import java.util.List;
import java.util.Optional;

import org.peerpartners.companion.messaging.Channel;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Append-only on purpose: no update or delete methods (the table's trigger refuses them too). */
public interface ConsentEventRepository extends Repository<ConsentEvent, Long> {

    ConsentEvent save(ConsentEvent event);

    Optional<ConsentEvent> findById(Long id);

    /** The address's whole consent history, oldest first: what an auditor or a carrier asks for. */
    List<ConsentEvent> findByChannelAndAddressOrderByOccurredAtAscIdAsc(Channel channel, String address);

    @Query("""
            SELECT * FROM consent_event WHERE channel = :channel AND address = :address
            ORDER BY occurred_at DESC, id DESC LIMIT 1
            """)
    Optional<ConsentEvent> findLatest(Channel channel, String address);
}
