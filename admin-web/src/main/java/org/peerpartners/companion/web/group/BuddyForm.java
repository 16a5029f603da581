package org.peerpartners.companion.web.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.peerpartners.companion.buddy.BuddyPairing;
import org.peerpartners.companion.validation.InvalidInput;
import org.peerpartners.companion.web.StaffActor;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Buddy pairing without dragging: each member gets a "set" select (Set 1, Set 2, … or
 * none); members with the same number form a pair or trio. The form's problems are said in
 * the coach's words ("Set 2 has only Ana"), before anything is changed.
 */
@Component
class BuddyForm {

    private final BuddyPairing pairing;
    private final MessageSource messages;

    BuddyForm(BuddyPairing pairing, MessageSource messages) {
        this.pairing = pairing;
        this.messages = messages;
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
     * Replaces the group's sets with the chosen ones (ending the current sets; audited by
     * {@link BuddyPairing}).
     *
     * @return the problems to show, in the viewer's language; empty when saved
     */
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
        try {
            pairing.replace(group.id(), List.copyOf(bySet.values()), StaffActor.of(staff));
        } catch (InvalidInput e) {
            // Someone left or was moved meanwhile: the form no longer matches the group.
            return List.of(text("group.buddies.notMember"));
        }
        return List.of();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
