package org.peerpartners.companion.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import org.peerpartners.companion.bot.conversation.Context.ItemStatus;
import org.peerpartners.companion.bot.conversation.Context.PlanItem;
import org.peerpartners.companion.bot.conversation.Effect.Button;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.SmsSegments;

/**
 * The PLAN reply. On SMS the items go one or two to a message with short texts, so each
 * message stays within two segments; on Telegram one message lists all, with check-in buttons for
 * the open items.
 */
final class PlanReplies {

    static final int SMS_ITEMS_PER_MESSAGE = 2;
    static final int SMS_ITEM_TEXT = 28;

    private PlanReplies() {
    }

    static void plan(Turn turn) {
        List<PlanItem> items = turn.ctx.plan();
        if (items.isEmpty()) {
            turn.say("plan.empty");
            return;
        }
        boolean sms = turn.ctx.channel() == Channel.SMS;
        int perMessage = !sms ? items.size() : twoFit(items, turn) ? SMS_ITEMS_PER_MESSAGE : 1;
        for (int from = 0; from < items.size(); from += perMessage) {
            List<PlanItem> chunk = items.subList(from, Math.min(items.size(), from + perMessage));
            List<Line> lines = chunk.stream().map(item -> line(item, sms ? SMS_ITEM_TEXT : Turn.SHORT_TEXT, turn)).toList();
            boolean first = from == 0;
            boolean last = from + perMessage >= items.size();
            String key = first ? "plan.list" : "plan.more";
            if (last) {
                turn.ask(key, sms ? List.of() : buttons(items), "answers.checkin", lines);
            }
            else {
                turn.say(key, lines);
            }
        }
    }

    /**
     * Two items share an SMS only when everything stays GSM-7: English, and item texts
     * without characters such as á or emoji. Otherwise the text is UCS-2 (134 characters
     * in two segments) and one item a message is what fits.
     */
    private static boolean twoFit(List<PlanItem> items, Turn turn) {
        return turn.language() == Language.EN && items.stream().allMatch(item -> SmsSegments.isGsm7(item.text()));
    }

    private static Line line(PlanItem item, int maxText, Turn turn) {
        String text = Turn.shorten(item.text(), maxText);
        Object status = new Line("status." + item.status().name(), List.of());
        if (item.plannedOn().isPresent() && item.plannedTime().isPresent()) {
            return new Line("plan.item.timed", List.of(item.number(), text,
                    item.plannedOn().get().atTime(item.plannedTime().get()).atZone(turn.zone()), status));
        }
        if (item.plannedOn().isPresent()) {
            return new Line("plan.item.day", List.of(item.number(), text, item.plannedOn().get(), status));
        }
        return new Line("plan.item", List.of(item.number(), text, status));
    }

    private static List<List<Button>> buttons(List<PlanItem> items) {
        List<List<Button>> rows = new ArrayList<>();
        items.stream().filter(item -> item.status() == ItemStatus.OPEN)
                .forEach(item -> rows.addAll(Buttons.checkIn(item.number())));
        return rows;
    }
}
