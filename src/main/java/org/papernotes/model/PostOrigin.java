package org.papernotes.model;

import java.time.Instant;

/**
 * Where a paper's post came from and how its file was written, so that export can give back the same bytes, and
 * when PaperNotes last wrote it.
 *
 * @param sourcePath     the file it was imported from (absolute), or null if it was never imported
 * @param importedAt     when it was imported, or null
 * @param bodyHash       SHA-256 (hex) of the note as imported, to tell whether it was edited since; null if none
 * @param lineEnd        the file's line ends: {@code "\n"}, {@code "\r\n"} or {@code "\r"}
 * @param byteOrderMark  the file started with a UTF-8 byte-order mark
 * @param originalBytes  the file as imported, kept only when its line ends were mixed; otherwise null
 * @param keptLiquid     the Liquid tags the post had outside math and code, one per line, which stay Liquid
 * @param lastExportedAt when PaperNotes last wrote the post's file, or null if it never did
 */
public record PostOrigin(String sourcePath, Instant importedAt, String bodyHash, String lineEnd,
                         boolean byteOrderMark, byte[] originalBytes, String keptLiquid, Instant lastExportedAt) {

    /** A post PaperNotes wrote from a note of its own. */
    public static final PostOrigin NONE = new PostOrigin(null, null, null, "\n", false, null, "", null);

    public PostOrigin {
        lineEnd = lineEnd == null || lineEnd.isEmpty() ? "\n" : lineEnd;
        keptLiquid = keptLiquid == null ? "" : keptLiquid;
    }

    public boolean imported() {
        return sourcePath != null;
    }

    public PostOrigin withLastExportedAt(Instant when) {
        return new PostOrigin(sourcePath, importedAt, bodyHash, lineEnd, byteOrderMark, originalBytes, keptLiquid, when);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostOrigin o && java.util.Objects.equals(sourcePath, o.sourcePath)
                && java.util.Objects.equals(importedAt, o.importedAt) && java.util.Objects.equals(bodyHash, o.bodyHash)
                && lineEnd.equals(o.lineEnd) && byteOrderMark == o.byteOrderMark
                && java.util.Arrays.equals(originalBytes, o.originalBytes) && keptLiquid.equals(o.keptLiquid)
                && java.util.Objects.equals(lastExportedAt, o.lastExportedAt);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(sourcePath, bodyHash, lineEnd, byteOrderMark, keptLiquid)
                + java.util.Arrays.hashCode(originalBytes);
    }
}
