/**
 * The conversation engine: {@code parse -> dialog step -> effects}, pure.
 *
 * <p>{@link org.peerpartners.companion.bot.conversation.CommandParser#parse} turns text
 * into a {@link org.peerpartners.companion.bot.conversation.Command};
 * {@link org.peerpartners.companion.bot.conversation.Dialog#step} takes the stored
 * {@link org.peerpartners.companion.bot.conversation.ConversationState}, the
 * {@link org.peerpartners.companion.bot.conversation.Input}, a
 * {@link org.peerpartners.companion.bot.conversation.Context} snapshot and the time, and
 * returns a {@link org.peerpartners.companion.bot.conversation.Step}: the state to store
 * and the {@link org.peerpartners.companion.bot.conversation.Effect}s to apply in order,
 * in one transaction. Nothing here touches the database, the network or a clock.
 *
 * <p>What the runtime does with each effect:
 * <ul>
 * <li>{@code Reply}: render with {@link org.peerpartners.companion.bot.conversation.Messages#render}
 *     and queue one outbound message to the sender (buttons become the inline keyboard on
 *     Telegram, labels from {@code Messages#label}); {@code urgent} replies go first.</li>
 * <li>{@code LinkIdentity(code)}: link this chat or number to the code's person, mark the
 *     code redeemed; on SMS record the opt-in consent (source JOIN, the inbound id as evidence).</li>
 * <li>{@code AddPlanItem}: add to this week's plan with exactly that number.</li>
 * <li>{@code RecordCheckIn} / {@code UpdateCheckIn}: insert a check-in for the item of
 *     this week's plan with that number; later fill in the achievement and/or note of its
 *     latest check-in.</li>
 * <li>{@code LogSpending} / {@code UndoSpending}: insert a spending entry for the month in
 *     the participant's zone (source message id set) / set {@code undone_at} on that entry.</li>
 * <li>{@code SaveJournal} / {@code ShareLatestJournal}: insert a private entry / set
 *     {@code shared_with_coach} on the participant's latest entry.</li>
 * <li>{@code RelayToBuddies}: for each buddy id, render {@code messageKey} in the buddy's
 *     language with (sender first name, text) and queue it on the buddy's own channel;
 *     insert a {@code buddy_contact} row (never the text).</li>
 * <li>{@code SetPause} / {@code ClearPause} / {@code SetLanguage}: update the participant
 *     (or the coach's language).</li>
 * <li>{@code CreateSafetyAlert} / {@code AlertCoach}: insert a {@code safety_alert} row
 *     (participant, inbound message, matched phrase) / queue an urgent message
 *     ({@code safety.alert.coach}, in each recipient's language) to the coach and supervisor.</li>
 * </ul>
 */
package org.peerpartners.companion.bot.conversation;
