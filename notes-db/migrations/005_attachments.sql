-- Schema: images kept in the library file itself, and the paper's PDF.
-- Bytes are stored once per content (blobs, by SHA-256), however many papers use them; an attachment names a
-- blob for one paper. A note links its images as "attachment:NAME" (the name is unique within the paper); an
-- image a blog post links by a site path ("/images/fig.png") has that path recorded in blog_path.
-- Times are UTC epoch milliseconds.

CREATE TABLE blobs (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT    NOT NULL UNIQUE,
    media_type  TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    width       INTEGER,
    height      INTEGER,
    -- last, so that reading the columns before it never reads its overflow pages
    bytes       BLOB    NOT NULL
);

-- A smaller copy of a large image (or a PNG of a format the preview cannot show), made when it was added;
-- the preview loads this, export and "open" use the original.
CREATE TABLE blob_previews (
    blob_id     INTEGER PRIMARY KEY REFERENCES blobs (id) ON DELETE CASCADE,
    media_type  TEXT    NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    bytes       BLOB    NOT NULL
);

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    paper_id    INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    blob_id     INTEGER NOT NULL REFERENCES blobs (id),
    name        TEXT    NOT NULL CHECK (length(name) > 0),
    blog_path   TEXT,
    added_at    INTEGER NOT NULL,
    UNIQUE (paper_id, name)
);
CREATE INDEX attachments_by_blob ON attachments (blob_id);
CREATE INDEX attachments_by_blog_path ON attachments (blog_path) WHERE blog_path IS NOT NULL;

-- The paper's PDF: linked where it lies (path) or copied into the library (blob_id), never both.
CREATE TABLE paper_pdfs (
    paper_id    INTEGER PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    size        INTEGER,
    path        TEXT,
    blob_id     INTEGER REFERENCES blobs (id),
    added_at    INTEGER NOT NULL,
    CHECK ((path IS NULL) <> (blob_id IS NULL))
);
CREATE INDEX paper_pdfs_by_blob ON paper_pdfs (blob_id) WHERE blob_id IS NOT NULL;

-- A blob goes when the last attachment or PDF using it goes (a paper deleted for good takes its images along;
-- images another paper uses stay).
CREATE TRIGGER attachments_drop_unused_blob AFTER DELETE ON attachments
WHEN NOT EXISTS (SELECT 1 FROM attachments WHERE blob_id = OLD.blob_id)
 AND NOT EXISTS (SELECT 1 FROM paper_pdfs WHERE blob_id = OLD.blob_id)
BEGIN
    DELETE FROM blobs WHERE id = OLD.blob_id;
END;

CREATE TRIGGER paper_pdfs_drop_unused_blob AFTER DELETE ON paper_pdfs
WHEN OLD.blob_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM attachments WHERE blob_id = OLD.blob_id)
 AND NOT EXISTS (SELECT 1 FROM paper_pdfs WHERE blob_id = OLD.blob_id)
BEGIN
    DELETE FROM blobs WHERE id = OLD.blob_id;
END;

CREATE TRIGGER paper_pdfs_drop_replaced_blob AFTER UPDATE OF blob_id ON paper_pdfs
WHEN OLD.blob_id IS NOT NULL AND OLD.blob_id IS NOT NEW.blob_id
 AND NOT EXISTS (SELECT 1 FROM attachments WHERE blob_id = OLD.blob_id)
 AND NOT EXISTS (SELECT 1 FROM paper_pdfs WHERE blob_id = OLD.blob_id)
BEGIN
    DELETE FROM blobs WHERE id = OLD.blob_id;
END;

-- papers.pdf_path (schema 1) had no writer; a value some other tool put there becomes a linked PDF (named by
-- the part after its last '/').
INSERT INTO paper_pdfs (paper_id, name, size, path, added_at)
SELECT id, replace(pdf_path, rtrim(pdf_path, replace(pdf_path, '/', '')), ''), NULL, pdf_path, updated_at FROM papers WHERE pdf_path IS NOT NULL AND trim(pdf_path) <> '';
