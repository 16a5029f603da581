package org.peerpartners.companion.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.peerpartners.companion.summary.PreGroupSummary.GroupOverview;
import org.peerpartners.companion.summary.PreGroupSummary.LastMeeting;
import org.peerpartners.companion.summary.PreGroupSummary.Person;

/** The group-level part of a summary, computed from the people's parts. */
final class GroupFacts {

    private GroupFacts() {
    }

    /** A member and their attendance row at the previous meeting (null: none recorded). */
    record Attendee(String firstName, String status) {
    }

    static GroupOverview overview(Instant previousStart, List<Attendee> attendees, List<Person> people) {
        LastMeeting last = previousStart == null ? null : lastMeeting(previousStart, attendees);
        List<String> withoutCheckIn = people.stream().filter(p -> p.checkInCount() == 0).map(Person::firstName)
                .toList();
        List<String> quiet = people.stream().filter(Person::quiet).map(Person::firstName).toList();
        return new GroupOverview(last, withoutCheckIn, quiet, TopicRules.suggest(people));
    }

    private static LastMeeting lastMeeting(Instant startsAt, List<Attendee> attendees) {
        int present = 0;
        int absent = 0;
        int excused = 0;
        int unrecorded = 0;
        List<String> absentNames = new ArrayList<>();
        for (Attendee attendee : attendees) {
            if (attendee.status() == null) {
                unrecorded++;
                continue;
            }
            switch (attendee.status()) {
                case "PRESENT" -> present++;
                case "EXCUSED" -> excused++;
                default -> {
                    absent++;
                    absentNames.add(attendee.firstName());
                }
            }
        }
        return new LastMeeting(startsAt, present, absent, excused, unrecorded, absentNames);
    }
}
