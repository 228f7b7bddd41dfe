package org.papernotes.model;

import java.time.LocalDate;

/**
 * What ties a paper to its post on the blog.
 *
 * @param slug               the ASCII slug of the post's file name and permalink; null until set or published
 * @param postDate           the date in the file name and front matter; null until published or imported
 * @param permalink          the permalink as written in the post; null lets the exporter derive it
 * @param keptFrontMatter    YAML text of the front-matter keys PaperNotes does not manage, in their original
 *                           order, so that export gives them back; empty when there are none
 * @param originalFrontMatter the exact front-matter text of an imported post (between the --- lines), used to
 *                           give back the same bytes when nothing it holds has changed; null if not imported
 * @param lastExportPath     the file last written or imported, relative to the blog folder; null if none
 * @param lastExportHash     SHA-256 (hex) of the bytes of that file as PaperNotes wrote or read them
 */
public record BlogPost(
        String slug,
        LocalDate postDate,
        String permalink,
        String keptFrontMatter,
        String originalFrontMatter,
        String lastExportPath,
        String lastExportHash) {

    public static final BlogPost NONE = new BlogPost(null, null, null, "", null, null, null);

    public BlogPost {
        keptFrontMatter = keptFrontMatter == null ? "" : keptFrontMatter;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public BlogPost withSlug(String newSlug) {
        return new BlogPost(newSlug, postDate, permalink, keptFrontMatter, originalFrontMatter, lastExportPath,
                lastExportHash);
    }

    public BlogPost withExport(String path, String hash) {
        return new BlogPost(slug, postDate, permalink, keptFrontMatter, originalFrontMatter, path, hash);
    }
}
