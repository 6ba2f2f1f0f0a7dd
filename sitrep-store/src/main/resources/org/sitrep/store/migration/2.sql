-- full-text search over documents' titles and texts, for the q filter and GET /api/search; indexes for the page's sorts
--
-- The newest-first and largest-toll-first indexes let a page of incidents, all of them or of one country or type, be
-- read in order and stop after the page instead of sorting every match: SQLite reads them backwards (where DESC puts
-- NULLs last already); PostgreSQL needs the order spelled out. The actor filter looks for a substring, which no index
-- finds, but scanning (search_names, report_id) is several times cheaper than scanning whole participant rows. The
-- timeline's counts by day and type are read from (date_precision, date_start, type) alone.
--
-- SQLite: an FTS5 index over documents (external content: the text is stored once, in documents) kept in step by
-- triggers, filled for the documents already stored. Porter stemming over unicode61 tokens without diacritics, so
-- "bombings" finds "bombing" and "Quetta" finds "quetta". A trigger's body stays on one line, since statements end
-- where a line ends with a semicolon.
--
-- PostgreSQL: a generated tsvector column with the 'english' configuration (also stemmed) and a GIN index. It covers
-- the first 400,000 characters, which keeps every document under PostgreSQL's 1 MB limit on a tsvector.

CREATE INDEX participants_names ON participants (search_names, report_id);
CREATE INDEX incidents_days ON incidents (date_precision, date_start, type);

--@ sqlite
CREATE INDEX incidents_newest ON incidents (date_start, id);
CREATE INDEX incidents_country_newest ON incidents (country, date_start, id);
CREATE INDEX incidents_type_newest ON incidents (type, date_start, id);
CREATE INDEX incidents_toll ON incidents (fatalities, injured, date_start, id);
CREATE INDEX incidents_type_toll ON incidents (type, fatalities, injured, date_start, id);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END;
CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END;
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

--@ postgresql
CREATE INDEX incidents_newest ON incidents (date_start DESC NULLS LAST, id DESC);
CREATE INDEX incidents_country_newest ON incidents (country, date_start DESC NULLS LAST, id DESC);
CREATE INDEX incidents_type_newest ON incidents (type, date_start DESC NULLS LAST, id DESC);
CREATE INDEX incidents_toll ON incidents (fatalities DESC NULLS LAST, injured DESC NULLS LAST, date_start DESC NULLS LAST, id DESC);
CREATE INDEX incidents_type_toll ON incidents (type, fatalities DESC NULLS LAST, injured DESC NULLS LAST, date_start DESC NULLS LAST, id DESC);
ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', left(coalesce(title, '') || ' ' || text, 400000))) STORED;
CREATE INDEX documents_search ON documents USING GIN (search);
