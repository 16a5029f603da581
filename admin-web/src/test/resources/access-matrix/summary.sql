-- A meeting in an hour for each coach's group; AccessMatrixTests has the summary writer
-- build their summaries (the page renders real summary content).
INSERT INTO meeting (group_id, starts_at, ends_at, place) VALUES (:groupA, now() + interval '1 hour', now() + interval '150 minutes', 'Room A');
INSERT INTO meeting (group_id, starts_at, ends_at, place) VALUES (:groupB, now() + interval '1 hour', now() + interval '150 minutes', 'Room B');
