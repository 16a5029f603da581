package org.peerpartners.companion.web.group;

import java.time.ZonedDateTime;

/**
 * One line of the groups page.
 *
 * @param nextMeeting start of the next scheduled meeting in the group's own time zone, or null
 */
public record GroupSummary(long id, String name, String coachName, int members, ZonedDateTime nextMeeting,
        String nextMeetingPlace) {
}
