-- Bearer tokens for the REST API. Only a SHA-256 of the token is kept: the token itself is
-- shown once, when it is issued. A token acts with its own role, never above its owner's.
CREATE TABLE api_token (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  staff_user_id  bigint      NOT NULL REFERENCES staff_user,
  name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash     text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  role           text        NOT NULL CHECK (role IN ('ADMIN', 'SUPERVISOR', 'COACH')),
  created_at     timestamptz NOT NULL,
  last_used_at   timestamptz,
  revoked_at     timestamptz
);
CREATE INDEX api_token_staff_idx ON api_token (staff_user_id);
