-- full-text search over documents' titles and texts, for the q filter and GET /api/search
--
-- SQLite: an FTS5 index over documents (external content: the text is stored once, in documents) kept in step by
-- triggers, filled for the documents already stored. Porter stemming over unicode61 tokens without diacritics, so
-- "bombings" finds "bombing" and "Quetta" finds "quetta". A trigger's body stays on one line, since statements end
-- where a line ends with a semicolon.
--
-- PostgreSQL: a generated tsvector column with the 'english' configuration (also stemmed) and a GIN index. It covers
-- the first 400,000 characters, which keeps every document under PostgreSQL's 1 MB limit on a tsvector.

--@ sqlite
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END;
CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END;
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

--@ postgresql
ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', left(coalesce(title, '') || ' ' || text, 400000))) STORED;
CREATE INDEX documents_search ON documents USING GIN (search);
