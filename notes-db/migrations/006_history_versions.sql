-- Schema version 3: the history of every paper, and the trash.

-- A deleted paper waits here until the trash is emptied. rows holds the paper's rows of every table that refers
-- to papers (papers itself, notes, authors, blog posts, and any added later), deflated, written and read back by
-- org.papernotes.store.TrashRepository; tags are kept by name, since an unused tag is dropped.
CREATE TABLE trash (
    id          INTEGER PRIMARY KEY,
    paper_id    INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    deleted_at  INTEGER NOT NULL,
    tags        TEXT    NOT NULL DEFAULT '',
    rows        BLOB    NOT NULL
);

-- Versions of a paper (its fields and note), numbered 1, 2, … per paper; numbers stay when older ones are thinned.
-- data is either the whole state (full = 1) or a delta from the version before it (full = 0), as written by
-- org.papernotes.store.TextDelta. A version belongs to a paper, or, while the paper is in the trash, to its trash row.
CREATE TABLE paper_versions (
    id              INTEGER PRIMARY KEY,
    paper_id        INTEGER REFERENCES papers (id) ON DELETE CASCADE,
    trash_id        INTEGER REFERENCES trash (id) ON DELETE CASCADE,
    number          INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    reason          TEXT    NOT NULL,
    restored_from   INTEGER,
    changed_fields  TEXT    NOT NULL DEFAULT '',
    chars_added     INTEGER NOT NULL DEFAULT 0,
    chars_removed   INTEGER NOT NULL DEFAULT 0,
    full            INTEGER NOT NULL,
    data            BLOB    NOT NULL,
    CHECK ((paper_id IS NULL) <> (trash_id IS NULL))
);
CREATE INDEX paper_versions_by_paper ON paper_versions (paper_id, number);
CREATE INDEX paper_versions_by_trash ON paper_versions (trash_id);
