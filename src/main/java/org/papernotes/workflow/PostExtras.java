package org.papernotes.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.papernotes.blog.PostRenderer;
import org.papernotes.markdown.Citations;
import org.papernotes.markdown.MarkdownConfig;
import org.papernotes.model.BlogPost;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperIdentity;
import org.papernotes.model.PostOrigin;
import org.papernotes.store.Library;

/**
 * What an export adds to a note to make its post: the citations written out with a references list
 * ({@link PostCitations}) and, where the library's choice says so, the paper card on top ({@link PaperCard}). An
 * imported post the user did not edit gets neither (unless the card is asked for imported posts too), so that it is
 * written back byte for byte. Loaded once per export: the papers the notes cite, by key.
 */
final class PostExtras {

    private final Map<String, Paper> byKey;
    private final PaperCard.Choice cards;

    private PostExtras(Map<String, Paper> byKey, PaperCard.Choice cards) {
        this.byKey = byKey;
        this.cards = cards;
    }

    /** The cited papers of these notes, read from the library (on the caller's thread). */
    static PostExtras load(Library library, Collection<Paper> papers, PaperCard.Choice cards) {
        Set<String> keys = new LinkedHashSet<>();
        for (Paper paper : papers) {
            if (Citations.mayCite(paper.note())) {
                Citations.keys(MarkdownConfig.standard().parse(paper.note()))
                        .forEach(key -> keys.add(key.toLowerCase(Locale.ROOT)));
            }
        }
        if (keys.isEmpty()) {
            return new PostExtras(Map.of(), cards);
        }
        Map<Long, String> ids = new HashMap<>();
        for (PaperIdentity identity : library.papers().identities()) {
            if (identity.citationKey() != null && keys.contains(identity.citationKey().toLowerCase(Locale.ROOT))) {
                ids.put(identity.id(), identity.citationKey().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Paper> byKey = new HashMap<>();
        List<Paper> cited = ids.isEmpty() ? List.of() : library.papers().getAll(ids.keySet());
        for (Paper paper : cited) {
            byKey.put(ids.get(paper.id()), paper);
        }
        return new PostExtras(Map.copyOf(byKey), cards);
    }

    /** The paper with the note its post is written from. */
    Paper applyTo(Paper paper, BlogPost blog, PostOrigin origin) {
        boolean imported = blog.originalFrontMatter() != null;
        boolean card = cards.appliesTo(imported);
        if (imported && !card && PostRenderer.unchangedSinceImport(paper.note(), blog, origin)) {
            return paper; // an unedited imported post is written back as it was
        }
        String note = byKey.isEmpty() ? paper.note()
                : PostCitations.write(paper.note(), key -> Optional.ofNullable(byKey.get(key.toLowerCase(Locale.ROOT))));
        if (card) {
            int text = 0;
            while (text < note.length() && (note.charAt(text) == '\n' || note.charAt(text) == '\r')) {
                text++;
            }
            note = note.substring(0, text) + PaperCard.of(paper) + "\n\n" + note.substring(text);
        }
        return note.equals(paper.note()) ? paper : paper.withNote(note);
    }
}
