-- The whole program's data. Times are timestamptz (instants); local meeting times and
-- day/time plan items are stored as local values next to the time zone they belong to.

CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;

-- Programs, sites, staff ---------------------------------------------------------------

CREATE TABLE program (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name         text        NOT NULL,
  time_zone    text        NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE site (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  program_id   bigint NOT NULL REFERENCES program,
  name         text   NOT NULL,
  address      text
);

CREATE TABLE staff_user (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  program_id      bigint      NOT NULL REFERENCES program,
  email           text        NOT NULL,
  display_name    text        NOT NULL,
  password_hash   text,
  role            text        NOT NULL CHECK (role IN ('ADMIN', 'SUPERVISOR', 'COACH')),
  supervisor_id   bigint      REFERENCES staff_user,
  language        text        NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
  time_zone       text        NOT NULL,
  totp_secret     bytea,
  enabled         boolean     NOT NULL DEFAULT true,
  failed_logins   integer     NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_user_email_key ON staff_user (lower(email));

-- Groups and meetings ------------------------------------------------------------------

CREATE TABLE peer_group (
  id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  program_id               bigint      NOT NULL REFERENCES program,
  site_id                  bigint      REFERENCES site,
  name                     text        NOT NULL,
  coach_id                 bigint      NOT NULL REFERENCES staff_user,
  time_zone                text        NOT NULL,
  summary_lead_minutes     integer     NOT NULL DEFAULT 120 CHECK (summary_lead_minutes BETWEEN 0 AND 2880),
  created_at               timestamptz NOT NULL DEFAULT now(),
  archived_at              timestamptz
);
CREATE INDEX peer_group_coach_idx ON peer_group (coach_id);

CREATE TABLE meeting_series (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  group_id          bigint    NOT NULL UNIQUE REFERENCES peer_group,
  cadence           text      NOT NULL CHECK (cadence IN ('WEEKLY', 'BIWEEKLY')),
  first_start       timestamp NOT NULL, -- local date-time in the group's time zone
  duration_minutes  integer   NOT NULL DEFAULT 90 CHECK (duration_minutes BETWEEN 15 AND 480),
  place             text      NOT NULL,
  ends_on           date
);

CREATE TABLE meeting_cancellation (
  series_id  bigint NOT NULL REFERENCES meeting_series ON DELETE CASCADE,
  occurs_on  date   NOT NULL,
  reason     text,
  PRIMARY KEY (series_id, occurs_on)
);

CREATE TABLE meeting (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  group_id    bigint      NOT NULL REFERENCES peer_group,
  series_id   bigint      REFERENCES meeting_series,
  starts_at   timestamptz NOT NULL,
  ends_at     timestamptz NOT NULL,
  place       text        NOT NULL,
  status      text        NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
  skill_topic text,
  CHECK (ends_at > starts_at),
  UNIQUE (group_id, starts_at)
);

-- Participants -------------------------------------------------------------------------

CREATE TABLE participant (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  group_id           bigint        NOT NULL REFERENCES peer_group,
  first_name         text          NOT NULL,
  language           text          NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
  time_zone          text          NOT NULL,
  quiet_start        time          NOT NULL DEFAULT '21:00',
  quiet_end          time          NOT NULL DEFAULT '09:00',
  status             text          NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('INVITED', 'ACTIVE', 'EXITED')),
  paused_until       timestamptz,
  monthly_allowance  numeric(8, 2) NOT NULL DEFAULT 0 CHECK (monthly_allowance >= 0),
  currency           char(3)       NOT NULL DEFAULT 'USD',
  enrolled_on        date          NOT NULL,
  exited_on          date,
  created_at         timestamptz   NOT NULL DEFAULT now(),
  CHECK (exited_on IS NULL OR exited_on >= enrolled_on)
);
CREATE INDEX participant_group_idx ON participant (group_id);

CREATE TABLE attendance (
  meeting_id      bigint NOT NULL REFERENCES meeting ON DELETE CASCADE,
  participant_id  bigint NOT NULL REFERENCES participant,
  status          text   NOT NULL CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
  PRIMARY KEY (meeting_id, participant_id)
);

-- An invite code belongs to exactly one person, participant or staff.
CREATE TABLE invite_code (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code            text        NOT NULL UNIQUE,
  participant_id  bigint      REFERENCES participant,
  staff_user_id   bigint      REFERENCES staff_user,
  created_at      timestamptz NOT NULL DEFAULT now(),
  redeemed_at     timestamptz,
  revoked_at      timestamptz,
  CHECK ((participant_id IS NULL) <> (staff_user_id IS NULL))
);

CREATE TABLE channel_identity (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  channel         text        NOT NULL CHECK (channel IN ('TELEGRAM', 'SMS', 'SANDBOX')),
  address         text        NOT NULL, -- Telegram chat id, E.164 phone number, sandbox id
  participant_id  bigint      REFERENCES participant,
  staff_user_id   bigint      REFERENCES staff_user,
  linked_at       timestamptz NOT NULL DEFAULT now(),
  opted_out_at    timestamptz, -- mirrors the latest consent event, for the send-time check
  unlinked_at     timestamptz,
  CHECK ((participant_id IS NULL) <> (staff_user_id IS NULL)),
  UNIQUE (channel, address)
);
CREATE INDEX channel_identity_participant_idx ON channel_identity (participant_id);

CREATE TABLE consent_event (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  channel         text        NOT NULL CHECK (channel IN ('TELEGRAM', 'SMS', 'SANDBOX')),
  address         text        NOT NULL,
  participant_id  bigint      REFERENCES participant,
  staff_user_id   bigint      REFERENCES staff_user,
  kind            text        NOT NULL CHECK (kind IN ('OPT_IN', 'OPT_OUT')),
  source          text        NOT NULL CHECK (source IN ('JOIN', 'KEYWORD', 'PROVIDER', 'STAFF')),
  evidence        text        NOT NULL,
  occurred_at     timestamptz NOT NULL
);
CREATE INDEX consent_event_address_idx ON consent_event (channel, address, occurred_at);
CREATE TRIGGER consent_event_append_only BEFORE UPDATE OR DELETE ON consent_event
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Goals and plans ----------------------------------------------------------------------

CREATE TABLE goal (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  participant_id  bigint      NOT NULL REFERENCES participant,
  kind            text        NOT NULL CHECK (kind IN ('PRIMARY', 'SECONDARY')),
  text            text        NOT NULL,
  set_at          timestamptz NOT NULL,
  replaced_at     timestamptz,
  replaced_by_id  bigint      REFERENCES goal
);
-- at most one current goal of each kind
CREATE UNIQUE INDEX goal_current_key ON goal (participant_id, kind) WHERE replaced_at IS NULL;

CREATE TABLE activity (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  program_id   bigint        NOT NULL REFERENCES program,
  name         text          NOT NULL,
  description  text,
  cost         numeric(8, 2) NOT NULL DEFAULT 0 CHECK (cost >= 0),
  place        text,
  schedule     text,
  interests    text[]        NOT NULL DEFAULT '{}',
  active       boolean       NOT NULL DEFAULT true
);

CREATE TABLE action_plan (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  participant_id  bigint      NOT NULL REFERENCES participant,
  week_start      date        NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (participant_id, week_start)
);

CREATE TABLE plan_item (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id            bigint        NOT NULL REFERENCES action_plan,
  number             integer       NOT NULL CHECK (number > 0),
  text               text          NOT NULL,
  planned_on         date,
  planned_time       time,
  goal_id            bigint        REFERENCES goal,
  activity_id        bigint        REFERENCES activity,
  estimated_cost     numeric(8, 2) CHECK (estimated_cost >= 0),
  confidence_before  smallint      CHECK (confidence_before BETWEEN 0 AND 10),
  created_at         timestamptz   NOT NULL DEFAULT now(),
  removed_at         timestamptz,
  CHECK (planned_time IS NULL OR planned_on IS NOT NULL),
  UNIQUE (plan_id, number)
);

CREATE TABLE check_in (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_item_id    bigint      NOT NULL REFERENCES plan_item,
  outcome         text        NOT NULL CHECK (outcome IN ('DONE', 'PARTLY', 'NOT_THIS_TIME')),
  confidence      smallint    CHECK (confidence BETWEEN 0 AND 10),
  achievement     smallint    CHECK (achievement BETWEEN 0 AND 10),
  note            text,
  created_at      timestamptz NOT NULL
);
CREATE INDEX check_in_item_idx ON check_in (plan_item_id, created_at);

-- Budget -------------------------------------------------------------------------------

CREATE TABLE budget_allocation (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  participant_id  bigint        NOT NULL REFERENCES participant,
  month           date          NOT NULL CHECK (extract(day FROM month) = 1),
  amount          numeric(8, 2) NOT NULL CHECK (amount > 0),
  purpose         text          NOT NULL,
  plan_item_id    bigint        REFERENCES plan_item,
  created_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX budget_allocation_month_idx ON budget_allocation (participant_id, month);

CREATE TABLE spending_entry (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  participant_id       bigint        NOT NULL REFERENCES participant,
  month                date          NOT NULL CHECK (extract(day FROM month) = 1), -- in the participant's zone
  amount               numeric(8, 2) NOT NULL CHECK (amount > 0),
  description          text          NOT NULL,
  category             text          NOT NULL DEFAULT 'SOCIAL',
  plan_item_id         bigint        REFERENCES plan_item,
  spent_at             timestamptz   NOT NULL,
  created_by_staff_id  bigint        REFERENCES staff_user, -- null: the participant logged it
  source_message_id    bigint,
  undone_at            timestamptz
);
CREATE INDEX spending_entry_month_idx ON spending_entry (participant_id, month) WHERE undone_at IS NULL;

-- Buddies and journal -------------------------------------------------------------------

CREATE TABLE buddy_set (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  group_id      bigint      NOT NULL REFERENCES peer_group,
  active_from   timestamptz NOT NULL,
  active_until  timestamptz
);

CREATE TABLE buddy_member (
  buddy_set_id    bigint NOT NULL REFERENCES buddy_set ON DELETE CASCADE,
  participant_id  bigint NOT NULL REFERENCES participant,
  PRIMARY KEY (buddy_set_id, participant_id)
);
CREATE INDEX buddy_member_participant_idx ON buddy_member (participant_id);

-- That contact happened, never what was said.
CREATE TABLE buddy_contact (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  buddy_set_id         bigint      NOT NULL REFERENCES buddy_set,
  from_participant_id  bigint      NOT NULL REFERENCES participant,
  occurred_at          timestamptz NOT NULL
);
CREATE INDEX buddy_contact_set_idx ON buddy_contact (buddy_set_id, occurred_at);

CREATE TABLE journal_entry (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  participant_id     bigint      NOT NULL REFERENCES participant,
  prompt_key         text,
  text               text        NOT NULL,
  shared_with_coach  boolean     NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL
);
CREATE INDEX journal_entry_participant_idx ON journal_entry (participant_id, created_at);

-- Messaging ----------------------------------------------------------------------------

CREATE TABLE inbound_message (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  channel          text        NOT NULL CHECK (channel IN ('TELEGRAM', 'SMS', 'SANDBOX')),
  provider_id      text        NOT NULL,
  sender_address   text        NOT NULL,
  body             text,
  media            jsonb,
  reply_to         text,       -- provider id of the message this one answers (Telegram)
  received_at      timestamptz NOT NULL,
  status           text        NOT NULL DEFAULT 'RECEIVED'
                   CHECK (status IN ('RECEIVED', 'PROCESSED', 'FAILED', 'PARKED', 'IGNORED')),
  attempts         integer     NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  last_error       text,
  processed_at     timestamptz,
  UNIQUE (channel, provider_id)
);
CREATE INDEX inbound_message_pending_idx ON inbound_message (next_attempt_at, id)
  WHERE status IN ('RECEIVED', 'FAILED');
CREATE INDEX inbound_message_sender_idx ON inbound_message (channel, sender_address, id);

CREATE TABLE outbound_message (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  channel            text        NOT NULL CHECK (channel IN ('TELEGRAM', 'SMS', 'SANDBOX')),
  address            text        NOT NULL,
  participant_id     bigint      REFERENCES participant,
  staff_user_id      bigint      REFERENCES staff_user,
  kind               text        NOT NULL,
  body               text,
  reply_markup       jsonb,
  priority           smallint    NOT NULL DEFAULT 5, -- 0 most urgent (safety), 1 replies, 5 bulk
  status             text        NOT NULL DEFAULT 'QUEUED'
                     CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED')),
  attempts           integer     NOT NULL DEFAULT 0,
  next_attempt_at    timestamptz NOT NULL,
  dedup_key          text        NOT NULL UNIQUE,
  segments           integer,
  provider_id        text,
  last_error         text,
  created_at         timestamptz NOT NULL,
  sent_at            timestamptz,
  delivered_at       timestamptz
);
CREATE INDEX outbound_message_due_idx ON outbound_message (priority, next_attempt_at, id)
  WHERE status = 'QUEUED';
CREATE INDEX outbound_message_provider_idx ON outbound_message (channel, provider_id);

CREATE TABLE due_message (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind             text        NOT NULL,
  participant_id   bigint      REFERENCES participant,
  staff_user_id    bigint      REFERENCES staff_user,
  due_at           timestamptz NOT NULL,
  original_due_at  timestamptz NOT NULL,
  stale_at         timestamptz, -- after this the message is dropped, not sent
  dedup_key        text        NOT NULL UNIQUE,
  payload          jsonb       NOT NULL DEFAULT '{}',
  status           text        NOT NULL DEFAULT 'PENDING'
                   CHECK (status IN ('PENDING', 'SENT', 'DROPPED', 'CANCELLED')),
  reason           text,
  created_at       timestamptz NOT NULL,
  processed_at     timestamptz
);
CREATE INDEX due_message_pending_idx ON due_message (due_at, id) WHERE status = 'PENDING';

CREATE TABLE conversation_state (
  channel_identity_id  bigint      PRIMARY KEY REFERENCES channel_identity,
  state                jsonb       NOT NULL,
  expires_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL
);

-- Safety, outcomes, audit --------------------------------------------------------------

CREATE TABLE safety_alert (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  participant_id       bigint      NOT NULL REFERENCES participant,
  inbound_message_id   bigint      REFERENCES inbound_message,
  matched              text        NOT NULL,
  created_at           timestamptz NOT NULL,
  acknowledged_at      timestamptz,
  acknowledged_by      bigint      REFERENCES staff_user,
  follow_up_note       text
);
CREATE INDEX safety_alert_open_idx ON safety_alert (participant_id) WHERE acknowledged_at IS NULL;

-- Quality-of-life interview (21 indicators) and hospital/ER history: ciphertext only,
-- Tink AEAD with the table, column and row id as associated data.
CREATE TABLE interview (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  participant_id        bigint      NOT NULL REFERENCES participant,
  kind                  text        NOT NULL CHECK (kind IN ('BASELINE', 'FOLLOW_UP')),
  interviewed_on        date        NOT NULL,
  interviewer_id        bigint      NOT NULL REFERENCES staff_user,
  indicators_encrypted  bytea       NOT NULL,
  history_encrypted     bytea       NOT NULL,
  notes_encrypted       bytea,
  created_at            timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX interview_baseline_key ON interview (participant_id) WHERE kind = 'BASELINE';

-- Anonymous by design: no participant reference, only the day it was given.
CREATE TABLE satisfaction_response (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  program_id    bigint  NOT NULL REFERENCES program,
  group_id      bigint  REFERENCES peer_group,
  submitted_on  date    NOT NULL,
  overall       smallint NOT NULL CHECK (overall BETWEEN 1 AND 5),
  answers       jsonb   NOT NULL DEFAULT '{}'
);

CREATE TABLE audit_log (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at   timestamptz NOT NULL,
  actor_id      bigint      REFERENCES staff_user,
  actor         text        NOT NULL,
  action        text        NOT NULL,
  target_type   text        NOT NULL,
  target_id     bigint,
  detail        text
);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, occurred_at);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
