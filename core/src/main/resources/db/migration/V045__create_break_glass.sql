-- An administrator's logged emergency access to one participant's confidential intake:
-- granted for a short time after they give a reason (also in audit_log as BREAK_GLASS).
CREATE TABLE break_glass (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  staff_user_id   bigint      NOT NULL REFERENCES staff_user,
  participant_id  bigint      NOT NULL REFERENCES participant,
  reason          text        NOT NULL CHECK (length(trim(reason)) > 0),
  granted_at      timestamptz NOT NULL,
  expires_at      timestamptz NOT NULL,
  CHECK (expires_at > granted_at)
);
CREATE INDEX break_glass_grant_idx ON break_glass (staff_user_id, participant_id, expires_at);
CREATE TRIGGER break_glass_append_only BEFORE UPDATE OR DELETE ON break_glass
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
