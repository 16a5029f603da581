package org.peerpartners.companion.web.group;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.buddy.BuddySet;
import org.peerpartners.companion.buddy.BuddySetRepository;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buddy pairing without dragging: each member gets a "set" select (Set 1, Set 2, … or
 * none); members with the same number form a pair or trio. The form's problems are said in
 * the coach's words ("Set 2 has only Ana"), before anything is changed.
 */
@Component
class BuddyForm {

    private final BuddySetRepository sets;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    BuddyForm(BuddySetRepository sets, AuditLog audit, MessageSource messages, Clock clock) {
        this.sets = sets;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The form's {@code set_<participantId>} fields that name a set number. */
    static Map<Long, Integer> choices(Map<String, String> form) {
        Map<Long, Integer> chosen = new HashMap<>();
        form.forEach((field, value) -> {
            if (field.startsWith("set_") && !value.isBlank()) {
                try {
                    chosen.put(Long.parseLong(field.substring(4)), Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    // a tampered field: treated as "no set"
                }
            }
        });
        return chosen;
    }

    /** Participant id to set number (1-based) for the current sets. */
    static Map<Long, Integer> numbered(List<List<Long>> current) {
        Map<Long, Integer> numbers = new HashMap<>();
        for (int i = 0; i < current.size(); i++) {
            for (Long id : current.get(i)) {
                numbers.put(id, i + 1);
            }
        }
        return numbers;
    }

    /** Enough set numbers to pair everyone (and never fewer than there are sets now). */
    static List<Integer> setNumbers(int members, int currentSets) {
        return IntStream.rangeClosed(1, Math.max(1, Math.max((members + 1) / 2, currentSets))).boxed().toList();
    }

    /**
     * Replaces the group's sets with the chosen ones.
     *
     * @return the problems to show, in the viewer's language; empty when saved
     */
    @Transactional
    List<String> save(GroupPage.Group group, List<GroupPage.Member> members, Map<Long, Integer> chosen,
            StaffPrincipal staff) {
        Map<Long, String> names = new HashMap<>();
        members.forEach(m -> names.put(m.id(), m.firstName()));
        List<String> problems = new ArrayList<>();
        if (!names.keySet().containsAll(chosen.keySet())) {
            problems.add(text("group.buddies.notMember"));
            return problems;
        }
        Map<Integer, List<Long>> bySet = new TreeMap<>();
        members.forEach(m -> {
            Integer number = chosen.get(m.id());
            if (number != null) {
                bySet.computeIfAbsent(number, n -> new ArrayList<>()).add(m.id());
            }
        });
        bySet.forEach((number, ids) -> {
            if (ids.size() == 1) {
                problems.add(text("group.buddies.alone", number, names.get(ids.get(0))));
            } else if (ids.size() > 3) {
                problems.add(text("group.buddies.tooMany", number, ids.size()));
            }
        });
        if (!problems.isEmpty()) {
            return problems;
        }
        Instant now = clock.instant();
        sets.findActiveInGroup(group.id(), now).forEach(old -> sets.save(old.end(now)));
        bySet.values().forEach(ids -> sets.save(BuddySet.of(group.id(), ids, now)));
        audit.record(staff.staffId(), staff.displayName(), "PAIR_BUDDIES", "peer_group", group.id(),
                bySet.size() + " sets");
        return List.of();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
