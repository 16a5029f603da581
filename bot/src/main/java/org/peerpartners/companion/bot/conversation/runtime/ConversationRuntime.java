package org.peerpartners.companion.bot.conversation.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.peerpartners.companion.bot.conversation.Command;
import org.peerpartners.companion.bot.conversation.CommandParser;
import org.peerpartners.companion.bot.conversation.Context;
import org.peerpartners.companion.bot.conversation.ConversationState;
import org.peerpartners.companion.bot.conversation.ConversationStates;
import org.peerpartners.companion.bot.conversation.Dialog;
import org.peerpartners.companion.bot.conversation.Effect;
import org.peerpartners.companion.bot.conversation.Input;
import org.peerpartners.companion.bot.conversation.Language;
import org.peerpartners.companion.bot.conversation.Step;
import org.peerpartners.companion.bot.inbound.InboundMessage;
import org.peerpartners.companion.bot.inbound.MessageHandler;
import org.peerpartners.companion.bot.inbound.Sender;
import org.peerpartners.companion.database.Json;
import org.peerpartners.companion.messaging.ConversationStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the pure engine act: for each inbound message (inside the worker's transaction)
 * it loads the sender's {@link Context} and open question, runs {@link Dialog#step}, applies
 * the effects and stores the next question. The pipeline's consent keywords have run
 * before this; HELP from a known person comes here, HELP from a stranger does not.
 *
 * <p>A stranger's message that only earns the "how to join" reply is left to the
 * pipeline's join guide, which answers an unknown address at most once a day.
 */
@Component
public class ConversationRuntime implements MessageHandler {

    private static final Logger log = LoggerFactory.getLogger(ConversationRuntime.class);
    private static final String HOW_TO_JOIN = "join.how-to";

    private final Dialog dialog;
    private final Directory directory;
    private final ContextLoader contexts;
    private final EffectApplier effects;
    private final Notifications notifications;
    private final ConversationStateRepository states;
    private final Clock clock;

    ConversationRuntime(Dialog dialog, Directory directory, ContextLoader contexts, EffectApplier effects,
            Notifications notifications, ConversationStateRepository states, Clock clock) {
        this.dialog = dialog;
        this.directory = directory;
        this.contexts = contexts;
        this.effects = effects;
        this.notifications = notifications;
        this.states = states;
        this.clock = clock;
    }

    @Override
    public boolean handle(InboundMessage message, Sender sender) {
        Instant now = clock.instant();
        Speaker speaker = directory.speaker(sender, language(sender.locale()));
        Input input = speaker.isParticipant() && notifications.repliesToRelay(message)
                ? new Input.BuddyReply(message.text()) : new Input.Text(message.text());
        Command command = input instanceof Input.Text
                ? CommandParser.parse(message.text(), speaker.language()) : new Command.Unknown(message.text());
        Context context = contexts.load(message, speaker, command, now);
        ConversationState state = sender.known() ? load(sender.identityId(), now) : new ConversationState.Idle();
        Step step = dialog.step(state, input, context, now);
        List<Effect> toApply = speaker.isStranger()
                ? step.effects().stream().filter(e -> !(e instanceof Effect.Reply r && r.key().equals(HOW_TO_JOIN)))
                        .toList()
                : step.effects();
        if (toApply.isEmpty()) {
            return false;
        }
        effects.apply(message, speaker, toApply, now);
        // What was done, never what was said: message texts stay out of the log.
        log.debug("Inbound {}: {} {} effects", message.id(), command.getClass().getSimpleName(), toApply.size());
        if (sender.known()) {
            save(sender.identityId(), step.state(), now);
        }
        return true;
    }

    private ConversationState load(long identityId, Instant now) {
        return states.findLive(identityId, now)
                .map(row -> ConversationStates.fromJson(row.state().text()))
                .filter(state -> state.isOpenAt(now))
                .orElseGet(ConversationState.Idle::new);
    }

    private void save(long identityId, ConversationState state, Instant now) {
        if (state instanceof ConversationState.Idle) {
            states.deleteById(identityId);
        }
        else {
            states.put(new org.peerpartners.companion.messaging.ConversationState(identityId,
                    Json.of(ConversationStates.toJson(state)), state.expiresAt(), now));
        }
    }

    private static Language language(Locale locale) {
        return "es".equals(locale.getLanguage()) ? Language.ES : Language.EN;
    }
}
