-- Delivery reports find an outbound row by the provider's id, which a row has only once it
-- is sent. Every row is inserted without one, so the full index took an entry per queued
-- message that no lookup can use; indexing only the rows that have an id saves one index
-- insert per message queued (a reply to every inbound message). The lookups
-- (channel = … AND provider_id = …) imply provider_id IS NOT NULL, so they still use it.
DROP INDEX outbound_message_provider_idx;
CREATE INDEX outbound_message_provider_idx ON outbound_message (channel, provider_id)
  WHERE provider_id IS NOT NULL;
