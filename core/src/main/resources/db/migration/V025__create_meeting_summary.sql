-- Pre-group summaries: one per meeting, built from the data shortly before it starts.
-- content is the whole summary as JSON (the writer's records), so the page shows what the
-- coach was told even if the data changes later. notice_* records what happened to the
-- short message to the coach (queued, or why not).

CREATE TABLE meeting_summary (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  meeting_id      bigint      NOT NULL UNIQUE REFERENCES meeting ON DELETE CASCADE,
  group_id        bigint      NOT NULL REFERENCES peer_group,
  built_at        timestamptz NOT NULL,
  content         jsonb       NOT NULL,
  notice_status   text        NOT NULL DEFAULT 'PENDING'
                  CHECK (notice_status IN ('PENDING', 'QUEUED', 'SKIPPED')),
  notice_reason   text
);
CREATE INDEX meeting_summary_group_idx ON meeting_summary (group_id, built_at DESC, id DESC);

-- The summary reads each participant's history since the last meeting; these keep that
-- a range scan however long the history grows.
CREATE INDEX safety_alert_participant_time_idx ON safety_alert (participant_id, created_at);
CREATE INDEX goal_participant_time_idx ON goal (participant_id, set_at);
CREATE INDEX buddy_contact_from_time_idx ON buddy_contact (from_participant_id, occurred_at);
CREATE INDEX meeting_scheduled_start_idx ON meeting (starts_at) WHERE status <> 'CANCELLED';
CREATE INDEX goal_replaced_by_idx ON goal (replaced_by_id) WHERE replaced_by_id IS NOT NULL;
