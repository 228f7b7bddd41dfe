package org.papernotes.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.papernotes.bibliography.BibtexWriter;
import org.papernotes.bibliography.CitationKeyPattern;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;

/**
 * BibTeX of some papers (by id, by tag, or the whole library), one entry per paper under its citation key. A
 * paper without a key gets one from the pattern first, stored with it (pinned, as keys made on add are), so
 * that the next export and every document citing it use the same key.
 */
public final class ExportBibtex {

    private final Library library;
    private final CitationKeyPattern keys;

    public ExportBibtex(Library library, CitationKeyPattern keys) {
        this.library = library;
        this.keys = keys;
    }

    /**
     * @param text      the .bib text
     * @param papers    how many entries it has
     * @param keysMade  how many papers got a key for it
     */
    public record Result(String text, int papers, int keysMade) {
    }

    /** The papers with these ids, in this order; unknown ids are left out. */
    public Result ofIds(List<Long> ids, BibtexWriter.Charset charset) {
        return export(library.papers().getAll(ids), charset);
    }

    /** The papers with this tag. */
    public Result ofTag(String tag, BibtexWriter.Charset charset) {
        return export(oldestFirst(library.papers().findAll(PaperFilter.tagged(tag))), charset);
    }

    /** Every paper of the library, in the order they were added. */
    public Result all(BibtexWriter.Charset charset) {
        return export(oldestFirst(library.papers().findAll(PaperFilter.ALL)), charset);
    }

    /** Writes the text to {@code file} whole or not at all (a temporary file beside it, then moved). */
    public static void write(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Result export(List<Paper> papers, BibtexWriter.Charset charset) {
        Map<Long, String> made = new LinkedHashMap<>();
        Set<String> taken = library.papers().citationKeysInUse(0);
        List<Paper> keyed = papers.stream().map(paper -> {
            if (paper.citationKey() != null && !paper.citationKey().isBlank()) {
                return paper;
            }
            String key = keys.uniqueKey(paper, taken);
            taken.add(key.toLowerCase(Locale.ROOT));
            made.put(paper.id(), key);
            return paper.withCitationKey(key);
        }).toList();
        if (!made.isEmpty()) {
            library.papers().setCitationKeys(made);
        }
        return new Result(new BibtexWriter(charset).write(keyed), keyed.size(), made.size());
    }

    private static List<Paper> oldestFirst(List<Paper> papers) {
        return papers.stream().sorted(java.util.Comparator.comparingLong(Paper::id)).toList();
    }
}
