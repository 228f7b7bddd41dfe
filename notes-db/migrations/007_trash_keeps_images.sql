-- Schema version 7: a paper in the trash keeps its images and its PDF copy. Moving a paper to the trash deletes its
-- attachment rows (they are kept in the trash entry), and the triggers of schema 5 would then delete bytes no row
-- uses any more; trash_blobs holds them until the entry is restored or removed for good.
CREATE TABLE trash_blobs (
    trash_id  INTEGER NOT NULL REFERENCES trash (id) ON DELETE CASCADE,
    blob_id   INTEGER NOT NULL REFERENCES blobs (id),
    PRIMARY KEY (trash_id, blob_id)
) WITHOUT ROWID;
CREATE INDEX trash_blobs_by_blob ON trash_blobs (blob_id);

DROP TRIGGER attachments_drop_unused_blob;
CREATE TRIGGER attachments_drop_unused_blob AFTER DELETE ON attachments
WHEN NOT EXISTS (SELECT 1 FROM attachments WHERE blob_id = OLD.blob_id)
 AND NOT EXISTS (SELECT 1 FROM paper_pdfs WHERE blob_id = OLD.blob_id)
 AND NOT EXISTS (SELECT 1 FROM trash_blobs WHERE blob_id = OLD.blob_id)
BEGIN
    DELETE FROM blobs WHERE id = OLD.blob_id;
END;

DROP TRIGGER paper_pdfs_drop_unused_blob;
CREATE TRIGGER paper_pdfs_drop_unused_blob AFTER DELETE ON paper_pdfs
WHEN OLD.blob_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM attachments WHERE blob_id = OLD.blob_id)
 AND NOT EXISTS (SELECT 1 FROM paper_pdfs WHERE blob_id = OLD.blob_id)
 AND NOT EXISTS (SELECT 1 FROM trash_blobs WHERE blob_id = OLD.blob_id)
BEGIN
    DELETE FROM blobs WHERE id = OLD.blob_id;
END;

DROP TRIGGER paper_pdfs_drop_replaced_blob;
CREATE TRIGGER paper_pdfs_drop_replaced_blob AFTER UPDATE OF blob_id ON paper_pdfs
WHEN OLD.blob_id IS NOT NULL AND OLD.blob_id IS NOT NEW.blob_id
 AND NOT EXISTS (SELECT 1 FROM attachments WHERE blob_id = OLD.blob_id)
 AND NOT EXISTS (SELECT 1 FROM paper_pdfs WHERE blob_id = OLD.blob_id)
 AND NOT EXISTS (SELECT 1 FROM trash_blobs WHERE blob_id = OLD.blob_id)
BEGIN
    DELETE FROM blobs WHERE id = OLD.blob_id;
END;

-- Restoring or emptying removes the entry's holds; bytes nothing else uses then go.
CREATE TRIGGER trash_blobs_drop_unused_blob AFTER DELETE ON trash_blobs
WHEN NOT EXISTS (SELECT 1 FROM attachments WHERE blob_id = OLD.blob_id)
 AND NOT EXISTS (SELECT 1 FROM paper_pdfs WHERE blob_id = OLD.blob_id)
 AND NOT EXISTS (SELECT 1 FROM trash_blobs WHERE blob_id = OLD.blob_id)
BEGIN
    DELETE FROM blobs WHERE id = OLD.blob_id;
END;
