-- notes
CREATE TABLE notes (
  id {{ID}},
  text TEXT NOT NULL,
  at {{TIMESTAMP}}
);
