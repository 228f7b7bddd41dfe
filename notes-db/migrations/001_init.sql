-- PaperNotes library, schema version 1: papers, their ordered authors, notes, tags and blog posts.
-- Times are UTC epoch milliseconds.

CREATE TABLE papers (
    id            INTEGER PRIMARY KEY,
    title         TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    venue         TEXT,
    year          INTEGER,
    doi           TEXT,
    arxiv_id      TEXT,
    url           TEXT,
    pdf_path      TEXT,
    citation_key  TEXT,
    status        TEXT    NOT NULL DEFAULT 'to-read' CHECK (status IN ('to-read', 'reading', 'read')),
    rating        INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX papers_updated ON papers (updated_at DESC);

CREATE TABLE authors (
    paper_id  INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    PRIMARY KEY (paper_id, position)
) WITHOUT ROWID;

CREATE TABLE notes (
    paper_id  INTEGER PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,
    body      TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);

CREATE TABLE paper_tags (
    paper_id  INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (paper_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX paper_tags_by_tag ON paper_tags (tag_id, paper_id);

CREATE TABLE blog_posts (
    paper_id               INTEGER PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,
    slug                   TEXT,
    post_date              TEXT,
    permalink              TEXT,
    kept_front_matter      TEXT NOT NULL DEFAULT '',
    original_front_matter  TEXT,
    last_export_path       TEXT,
    last_export_hash       TEXT
);
CREATE INDEX blog_posts_by_path ON blog_posts (last_export_path);

-- Per-library preferences, such as the blog folder last exported to.
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
