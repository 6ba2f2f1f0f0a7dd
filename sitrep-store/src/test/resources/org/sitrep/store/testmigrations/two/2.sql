-- tags, and a note
CREATE TABLE tags (
  id {{ID}},
  note_id BIGINT NOT NULL REFERENCES notes (id),
  day {{DATE}}
);
INSERT INTO notes (text) VALUES ('added by 2');
