-- documents, incidents and the reports, places, participants, weapons, evidence and claims that support them
--
-- One schema for both engines. Migrations renders three tokens per dialect: {{ID}} (an auto-numbered primary key),
-- {{DATE}} (a calendar day: DATE, or ISO text on SQLite) and {{TIMESTAMP}} (an instant: TIMESTAMPTZ, or ISO text).
-- Statements end with a semicolon at the end of a line. Enum columns hold the enum's wire() name; JSON columns hold
-- arrays of wire names or strings (subtypes, aliases) and the merge profile.

CREATE TABLE documents (
  id {{ID}},
  content_hash TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  url TEXT,
  source TEXT,
  published {{DATE}},
  title TEXT,
  language TEXT NOT NULL,
  text TEXT NOT NULL,
  ingested_at {{TIMESTAMP}} NOT NULL
);

-- The canonical incident. date_* and place fields come from the finest report; date_last is the last day the date
-- can mean (the end of the month for a MONTH date), which is what date filters overlap with. profile_* mirror the
-- merge profile's date span and country so candidate lookups use an index; profile holds the whole profile as JSON.
-- fatalities, injured and hostages cache the totals of the toll consensus so that sorting by toll is one query.
CREATE TABLE incidents (
  id {{ID}},
  type TEXT NOT NULL,
  subtypes TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('current', 'background')),
  date_start {{DATE}},
  date_end {{DATE}},
  date_last {{DATE}},
  date_precision TEXT,
  place_name TEXT,
  city TEXT,
  admin1 TEXT,
  country TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  geo_precision TEXT,
  fatalities INTEGER,
  injured INTEGER,
  hostages INTEGER,
  profile TEXT NOT NULL,
  profile_start {{DATE}},
  profile_end {{DATE}},
  profile_country TEXT,
  created_at {{TIMESTAMP}} NOT NULL,
  updated_at {{TIMESTAMP}} NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX incidents_date ON incidents (date_start, date_last);
CREATE INDEX incidents_country ON incidents (country);
CREATE INDEX incidents_type ON incidents (type);
CREATE INDEX incidents_fatalities ON incidents (fatalities);
CREATE INDEX incidents_profile_window ON incidents (profile_country, profile_start, profile_end);

-- One document's account of one incident, as that document told it. extracted_id is the extraction's own id.
CREATE TABLE reports (
  id {{ID}},
  incident_id BIGINT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  extracted_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('current', 'background')),
  type TEXT NOT NULL,
  subtypes TEXT NOT NULL,
  date_start {{DATE}},
  date_end {{DATE}},
  date_precision TEXT,
  date_ev_start INTEGER,
  date_ev_end INTEGER,
  date_ev_sentence INTEGER,
  date_ev_text TEXT,
  UNIQUE (document_id, extracted_id)
);
CREATE INDEX reports_incident ON reports (incident_id);

-- Where a report places its incident (one row per report that names a place).
CREATE TABLE places (
  id {{ID}},
  report_id BIGINT NOT NULL UNIQUE REFERENCES reports (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  city TEXT,
  admin1 TEXT,
  country TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  geo_precision TEXT NOT NULL,
  ev_start INTEGER,
  ev_end INTEGER,
  ev_sentence INTEGER,
  ev_text TEXT
);

-- search_names: the name and aliases, lower-cased (Locale.ROOT) and joined by newlines, for the actor filter.
CREATE TABLE participants (
  id {{ID}},
  report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  search_names TEXT NOT NULL,
  role TEXT NOT NULL,
  kind TEXT NOT NULL,
  claimed BOOLEAN NOT NULL,
  ev_start INTEGER NOT NULL,
  ev_end INTEGER NOT NULL,
  ev_sentence INTEGER NOT NULL,
  ev_text TEXT NOT NULL
);
CREATE INDEX participants_report ON participants (report_id);

CREATE TABLE weapons (
  id {{ID}},
  report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  ev_start INTEGER NOT NULL,
  ev_end INTEGER NOT NULL,
  ev_sentence INTEGER NOT NULL,
  ev_text TEXT NOT NULL
);
CREATE INDEX weapons_report ON weapons (report_id);

-- The sentences a report gives for its incident.
CREATE TABLE report_evidence (
  id {{ID}},
  report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  ev_start INTEGER NOT NULL,
  ev_end INTEGER NOT NULL,
  ev_sentence INTEGER NOT NULL,
  ev_text TEXT NOT NULL
);
CREATE INDEX report_evidence_report ON report_evidence (report_id);

-- What a document claims, each with its evidence. kind toll: a figure (toll_group, toll_outcome, count_min/max,
-- qualifier; attributed_to is who the text says the figure comes from). kind responsibility: attributed_to is the
-- actor the report says claimed the incident. kind quote: a quotation of the document (no report: quotes belong to
-- the document), attributed_to is the speaker. text is the phrase or the quoted words.
CREATE TABLE claims (
  id {{ID}},
  kind TEXT NOT NULL CHECK (kind IN ('toll', 'responsibility', 'quote')),
  document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  report_id BIGINT REFERENCES reports (id) ON DELETE CASCADE,
  toll_group TEXT,
  toll_outcome TEXT,
  count_min INTEGER,
  count_max INTEGER,
  qualifier TEXT,
  text TEXT NOT NULL,
  attributed_to TEXT,
  speaker_title TEXT,
  ev_start INTEGER NOT NULL,
  ev_end INTEGER NOT NULL,
  ev_sentence INTEGER NOT NULL,
  ev_text TEXT NOT NULL,
  CHECK (kind = 'quote' OR report_id IS NOT NULL),
  CHECK (kind <> 'toll' OR (toll_group IS NOT NULL AND toll_outcome IS NOT NULL AND qualifier IS NOT NULL))
);
CREATE INDEX claims_report ON claims (report_id);
CREATE INDEX claims_document ON claims (document_id);
