-- claimgraph store, schema version 1. Every table but ingest_log holds rows of one document's
-- analysis and is only ever appended to, in one transaction per batch of documents. Merging across
-- documents is done by the keys: actor_id (stable ids such as state:RUS), claim_key (source,
-- CAMEO root, target) and event_key (source, CAMEO code, target, day). The same SQL runs on DuckDB
-- and PostgreSQL.

CREATE TABLE documents (
    id          TEXT PRIMARY KEY,      -- content hash of the text
    input       TEXT,                  -- where it was read from: a path, path:LINE, a URL
    url         TEXT,
    outlet      TEXT,
    title       TEXT,
    published   DATE,
    language    TEXT,
    text        TEXT NOT NULL,
    analysis    TEXT NOT NULL,         -- the analysis JSON, as `analyze --format jsonl` prints it
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE actors (
    document_id TEXT NOT NULL,
    actor_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    country     TEXT,
    sector      TEXT,
    code        TEXT,
    aliases     TEXT NOT NULL,         -- every other name in this document, joined with " | "
    mentions    INTEGER NOT NULL
);

CREATE TABLE statements (
    document_id   TEXT NOT NULL,
    statement_id  TEXT NOT NULL,
    speaker_id    TEXT,
    speaker_text  TEXT,
    cue_lemma     TEXT NOT NULL,
    cue_start     INTEGER NOT NULL,
    cue_end       INTEGER NOT NULL,
    cue_text      TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    content_text  TEXT NOT NULL,
    form          TEXT NOT NULL,
    time          TEXT,
    day           DATE,                -- time as a day, else the document's publication date
    confidence    DOUBLE PRECISION NOT NULL,
    parent_id     TEXT
);

CREATE TABLE events (
    document_id   TEXT NOT NULL,
    event_id      TEXT NOT NULL,
    event_key     TEXT NOT NULL,
    source_id     TEXT NOT NULL,
    cameo         TEXT NOT NULL,
    plover        TEXT,
    target_id     TEXT,
    time          TEXT,
    day           DATE,
    place         TEXT,
    modality      TEXT NOT NULL,
    statement_id  TEXT,
    goldstein     DOUBLE PRECISION NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    trigger_text  TEXT NOT NULL,
    sentence      TEXT NOT NULL
);

CREATE TABLE claims (
    document_id TEXT NOT NULL,
    claim_id    TEXT NOT NULL,
    claim_key   TEXT NOT NULL,
    text        TEXT NOT NULL,
    cameo       TEXT NOT NULL,
    plover      TEXT,
    source_id   TEXT NOT NULL,
    target_id   TEXT,
    day         DATE
);

CREATE TABLE stances (
    document_id  TEXT NOT NULL,
    claim_id     TEXT NOT NULL,
    claim_key    TEXT NOT NULL,
    actor_id     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    certainty    TEXT NOT NULL,
    statement_id TEXT,
    time         TEXT,
    day          DATE,
    cue_start    INTEGER NOT NULL,
    cue_end      INTEGER NOT NULL,
    cue_text     TEXT NOT NULL,
    sentence     TEXT NOT NULL
);

CREATE TABLE evidence (
    document_id TEXT NOT NULL,
    claim_id    TEXT NOT NULL,
    claim_key   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    by_id       TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    span_text   TEXT NOT NULL
);

CREATE TABLE ingest_log (
    logged_at TIMESTAMP NOT NULL,
    input     TEXT NOT NULL,          -- the file, or file:LINE / file:record N
    document_id TEXT,                 -- when the document was read but its analysis failed
    reason    TEXT NOT NULL
);

-- One row per actor across documents: the name and codes of the document that mentions it most.
CREATE VIEW actor_index AS
SELECT r.actor_id, r.name, r.kind, r.country, r.sector, r.code, g.documents, g.mentions
FROM (SELECT actor_id, name, kind, country, sector, code,
             row_number() OVER (PARTITION BY actor_id ORDER BY mentions DESC, document_id) AS rank
      FROM actors) r
JOIN (SELECT actor_id, count(*) AS documents, sum(mentions) AS mentions FROM actors GROUP BY actor_id) g
  ON g.actor_id = r.actor_id
WHERE r.rank = 1;
