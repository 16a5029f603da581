/**
 * The conversation runtime: what makes the pure engine act on the database and the outbox.
 *
 * <p>{@link org.peerpartners.companion.bot.conversation.runtime.ConversationRuntime} is the
 * pipeline's {@link org.peerpartners.companion.bot.inbound.MessageHandler}. Per message, in
 * the inbound worker's transaction: who is writing ({@code Directory}), the
 * {@link org.peerpartners.companion.bot.conversation.Context} snapshot ({@code ContextLoader},
 * {@code ParticipantSnapshot}, {@code Invites}), the open question
 * ({@code conversation_state}), {@code Dialog.step}, then every effect in order
 * ({@code EffectApplier}, {@code PlanWrites}, {@code Replies}, {@code Notifications}).
 *
 * <p>Outbox rows it writes, with their dedup keys (so a message processed again queues nothing twice):
 * <ul>
 * <li>{@code REPLY} / {@code CRISIS_REPLY} (priority SAFETY) / {@code JOIN_WRONG_CODE}:
 *     {@code reply:{inboundId}:{n}}, n counting the message's replies from 1;</li>
 * <li>{@code BUDDY_RELAY}: {@code relay:{inboundId}:{buddyId}:{channel}}; a Telegram reply to
 *     a sent relay (its {@code provider_id}) is relayed back;</li>
 * <li>{@code SAFETY_ALERT} (priority SAFETY): {@code safety:{inboundId}:{staffId}:{channel}},
 *     to the group's coach and the coach's supervisor.</li>
 * </ul>
 */
package org.peerpartners.companion.bot.conversation.runtime;
