-- An open safety alert for each coach's participant.
INSERT INTO safety_alert (participant_id, matched, created_at) VALUES (:participantA, 'matrix words', now());
INSERT INTO safety_alert (participant_id, matched, created_at) VALUES (:participantB, 'matrix words', now());
