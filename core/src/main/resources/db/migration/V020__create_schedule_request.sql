-- Replan requests: whatever module changes a plan, a meeting, a participant's zone, quiet
-- hours, pause, status or language, or the buddies, these triggers note whom to replan, and
-- the scheduler's planning job recomputes their due messages. One row per change; the job
-- takes them in batches (FOR UPDATE SKIP LOCKED) and deletes them in the same transaction.

CREATE TABLE schedule_request (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  participant_id  bigint,
  group_id        bigint,
  cause           text        NOT NULL,
  requested_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((participant_id IS NULL) <> (group_id IS NULL))
);

-- The sweep's re-plan and cancel queries look up one person's pending rows.
CREATE INDEX due_message_participant_pending_idx ON due_message (participant_id, due_at)
  WHERE status = 'PENDING';

-- Housekeeping forgets sent message bodies after the retention: only rows still holding one.
CREATE INDEX outbound_message_body_kept_idx ON outbound_message (created_at)
  WHERE body IS NOT NULL AND status IN ('SENT', 'DELIVERED');

CREATE FUNCTION request_schedule_for_participant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO schedule_request (participant_id, cause)
  VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END, TG_TABLE_NAME || ' ' || lower(TG_OP));
  RETURN NULL;
END $$;

CREATE TRIGGER participant_insert_schedule AFTER INSERT ON participant
  FOR EACH ROW EXECUTE FUNCTION request_schedule_for_participant();
CREATE TRIGGER participant_update_schedule AFTER UPDATE ON participant
  FOR EACH ROW
  WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone
     OR OLD.quiet_start IS DISTINCT FROM NEW.quiet_start
     OR OLD.quiet_end IS DISTINCT FROM NEW.quiet_end
     OR OLD.paused_until IS DISTINCT FROM NEW.paused_until
     OR OLD.status IS DISTINCT FROM NEW.status
     OR OLD.language IS DISTINCT FROM NEW.language
     OR OLD.group_id IS DISTINCT FROM NEW.group_id
     OR OLD.monthly_allowance IS DISTINCT FROM NEW.monthly_allowance)
  EXECUTE FUNCTION request_schedule_for_participant();

-- A plan item or a check-in: the plan's owner.
CREATE FUNCTION request_schedule_for_plan_item() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  item_plan bigint;
BEGIN
  IF TG_TABLE_NAME = 'check_in' THEN
    SELECT plan_id INTO item_plan FROM plan_item
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.plan_item_id ELSE NEW.plan_item_id END;
  ELSE
    item_plan := CASE WHEN TG_OP = 'DELETE' THEN OLD.plan_id ELSE NEW.plan_id END;
  END IF;
  INSERT INTO schedule_request (participant_id, cause)
  SELECT participant_id, TG_TABLE_NAME || ' ' || lower(TG_OP) FROM action_plan WHERE id = item_plan;
  RETURN NULL;
END $$;

CREATE TRIGGER plan_item_schedule AFTER INSERT OR UPDATE OR DELETE ON plan_item
  FOR EACH ROW EXECUTE FUNCTION request_schedule_for_plan_item();
CREATE TRIGGER check_in_schedule AFTER INSERT OR DELETE ON check_in
  FOR EACH ROW EXECUTE FUNCTION request_schedule_for_plan_item();

-- Meetings, series, cancellations, buddies: the whole group.
CREATE FUNCTION request_schedule_for_group() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
  affected bigint;
BEGIN
  IF TG_TABLE_NAME = 'meeting_cancellation' THEN
    SELECT group_id INTO affected FROM meeting_series WHERE id = (row_data->>'series_id')::bigint;
  ELSIF TG_TABLE_NAME = 'buddy_member' THEN
    SELECT group_id INTO affected FROM buddy_set WHERE id = (row_data->>'buddy_set_id')::bigint;
  ELSE
    affected := (row_data->>'group_id')::bigint;
  END IF;
  IF affected IS NOT NULL THEN
    INSERT INTO schedule_request (group_id, cause) VALUES (affected, TG_TABLE_NAME || ' ' || lower(TG_OP));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER meeting_schedule AFTER INSERT OR DELETE ON meeting
  FOR EACH ROW EXECUTE FUNCTION request_schedule_for_group();
CREATE TRIGGER meeting_update_schedule AFTER UPDATE ON meeting
  FOR EACH ROW
  WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at
     OR OLD.ends_at IS DISTINCT FROM NEW.ends_at
     OR OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION request_schedule_for_group();
CREATE TRIGGER meeting_series_schedule AFTER INSERT OR UPDATE OR DELETE ON meeting_series
  FOR EACH ROW EXECUTE FUNCTION request_schedule_for_group();
CREATE TRIGGER meeting_cancellation_schedule AFTER INSERT OR UPDATE OR DELETE ON meeting_cancellation
  FOR EACH ROW EXECUTE FUNCTION request_schedule_for_group();
CREATE TRIGGER buddy_set_schedule AFTER INSERT OR UPDATE OR DELETE ON buddy_set
  FOR EACH ROW EXECUTE FUNCTION request_schedule_for_group();
CREATE TRIGGER buddy_member_schedule AFTER INSERT OR DELETE ON buddy_member
  FOR EACH ROW EXECUTE FUNCTION request_schedule_for_group();
