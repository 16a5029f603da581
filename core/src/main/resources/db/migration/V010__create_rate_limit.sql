-- Cluster-wide send rate limits: one row per limit key and one-second window, counting
-- the messages (or SMS segments) sent in it. A sender takes n slots with an atomic upsert
-- that succeeds only while the count stays within the limit; old windows are deleted.
CREATE TABLE rate_limit (
  key           text    NOT NULL,
  window_start  bigint  NOT NULL, -- epoch second
  count         integer NOT NULL CHECK (count >= 0),
  PRIMARY KEY (key, window_start)
);

-- An opt-out cancels every row still queued for that address.
CREATE INDEX outbound_message_address_idx ON outbound_message (channel, address) WHERE status = 'QUEUED';
