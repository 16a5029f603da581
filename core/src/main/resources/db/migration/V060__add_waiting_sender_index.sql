-- The inbound claim takes each sender's earliest waiting message: its NOT EXISTS looks for
-- an earlier waiting message of the same sender. This index holds only waiting messages,
-- by sender, so that check costs the same for a sender of a year's messages as for a new
-- one. Its predicate is written as NOT IN on purpose (equal to IN ('RECEIVED', 'FAILED')
-- under the status CHECK): the claim's check uses the same words, so the planner can serve
-- it from this index or the full by-sender one, but no longer from
-- inbound_message_pending_idx. Measured: after a burst, with statistics taken while few
-- messages waited, the planner ran the check as a full scan of the pending index (then full
-- of entries of processed messages, not yet vacuumed), once per message: one claim ran for
-- minutes.
CREATE INDEX inbound_message_waiting_sender_idx ON inbound_message (channel, sender_address, id)
  WHERE status NOT IN ('PROCESSED', 'PARKED', 'IGNORED');

-- Both message tables work as queues: every message is updated once or twice and its old
-- versions stay in the queue indexes until vacuumed. The default (vacuum at 20 % of the
-- table dead) waits longer and longer as the tables grow; vacuum at 2 % instead.
ALTER TABLE inbound_message SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE outbound_message SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
