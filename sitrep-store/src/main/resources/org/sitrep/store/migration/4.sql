-- participants.mentions: the other spans where the text refers to a participant by a description ("the militants",
-- "gunmen" for the group that claimed the attack), as a JSON array of {start, end, sentence, text}. Reports stored
-- before this migration have none.

ALTER TABLE participants ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
