package org.peerpartners.companion.participant;

import java.util.List;
import java.util.Optional;

import org.peerpartners.companion.messaging.Channel;
import org.springframework.data.repository.ListCrudRepository;

public interface ChannelIdentityRepository extends ListCrudRepository<ChannelIdentity, Long> {

    /** Who is behind an address, linked or not (an address is unique per channel). */
    Optional<ChannelIdentity> findByChannelAndAddress(Channel channel, String address);

    List<ChannelIdentity> findByParticipantIdAndUnlinkedAtIsNull(Long participantId);

    List<ChannelIdentity> findByStaffUserIdAndUnlinkedAtIsNull(Long staffUserId);
}
