package org.papernotes.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The PDF of a paper: a file linked where it lies ({@link #path}), or a copy kept in the library ({@link #sha256}).
 *
 * @param name   the file name shown to the user
 * @param size   bytes when it was attached (a linked file may have changed since), or -1 when unknown
 * @param path   the linked file's absolute path; null when the PDF is in the library
 * @param sha256 the stored copy's hash; null when the PDF is linked
 */
public record PaperPdf(long paperId, String name, long size, String path, String sha256, Instant addedAt) {

    public PaperPdf {
        Objects.requireNonNull(name, "name");
        if ((path == null) == (sha256 == null)) {
            throw new IllegalArgumentException("a PDF is either linked or stored in the library");
        }
    }

    public boolean isInLibrary() {
        return sha256 != null;
    }
}
