package org.papernotes.bibliography;

import java.util.List;
import org.papernotes.model.Paper;

/**
 * What a .bib gave: its good entries as unsaved papers (each with the entry's key as its citation key, or none
 * where that key cannot be used), in file order, and one problem per bad entry.
 */
public record BibtexImport(List<Paper> papers, List<BibtexProblem> problems) {

    public BibtexImport {
        papers = List.copyOf(papers);
        problems = List.copyOf(problems);
    }
}
