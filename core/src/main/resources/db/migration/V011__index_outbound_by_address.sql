-- The join guide's once-a-day check and the wrong-code throttle look up an address's recent
-- outbound rows by kind; without this index that scan grows with the outbox (see
-- docs/BENCHMARKS.md, run 5).
CREATE INDEX outbound_message_address_kind_idx ON outbound_message (channel, address, kind, created_at);
