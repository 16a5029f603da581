-- An activity of the matrix program (activities belong to a program, not a group; another
-- program's activity answering 404 is checked in ActivityPageTests).
INSERT INTO activity (id, program_id, name, cost) OVERRIDING SYSTEM VALUE VALUES (424242, :programId, 'Matrix walk', 0);
-- Invite codes, so each participant has a card and a QR code to show.
INSERT INTO invite_code (code, participant_id) VALUES ('MATRIXA2', :participantA);
INSERT INTO invite_code (code, participant_id) VALUES ('MATRIXB3', :participantB);
