-- The last authenticator time step used to sign in, so a code cannot be used twice
-- (RFC 6238 section 5.2): a code seen over someone's shoulder is worthless afterwards.
ALTER TABLE staff_user ADD COLUMN totp_last_step bigint;
