-- The inbound claim takes each sender's earliest waiting message: its NOT EXISTS looks for
-- an earlier waiting message of the same sender. On the full (channel, sender_address, id)
-- index that walks the sender's whole history, processed messages included; this index
-- holds only the waiting ones, so the check costs the same for a sender of a year's
-- messages as for a new one.
CREATE INDEX inbound_message_waiting_sender_idx ON inbound_message (channel, sender_address, id)
  WHERE status IN ('RECEIVED', 'FAILED');
