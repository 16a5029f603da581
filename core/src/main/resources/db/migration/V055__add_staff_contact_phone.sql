-- How participants reach their coach, as the program wants it shown in HELP (e.g. a work
-- phone). Optional: without it HELP names the coach only.
ALTER TABLE staff_user ADD COLUMN contact_phone text CHECK (length(contact_phone) <= 20);
