-- tags, then a statement the database refuses
CREATE TABLE tags (
  id {{ID}},
  note_id BIGINT NOT NULL REFERENCES notes (id)
);
INSERT INTO notes (text) VALUES ('added by broken 2');
INSERT INTO no_such_table (x) VALUES (1);
