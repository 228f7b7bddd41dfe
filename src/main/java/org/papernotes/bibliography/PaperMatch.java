package org.papernotes.bibliography;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperIdentity;

/**
 * The duplicate rule: two papers are the same when they share a DOI (ignoring case), an arXiv id (ignoring
 * version) or a normalised title (letters and digits only, case and accents ignored, full-width folded).
 */
public final class PaperMatch {

    private final Map<String, PaperIdentity> byDoi = new HashMap<>();
    private final Map<String, PaperIdentity> byArxiv = new HashMap<>();
    private final Map<String, PaperIdentity> byTitle = new HashMap<>();

    public PaperMatch(List<PaperIdentity> papers) {
        papers.forEach(this::add);
    }

    /** Remembers a paper, so that one added after it in the same batch is matched against it too. */
    public void add(PaperIdentity paper) {
        doiKey(paper.doi()).ifPresent(key -> byDoi.putIfAbsent(key, paper));
        arxivKey(paper.arxivId()).ifPresent(key -> byArxiv.putIfAbsent(key, paper));
        titleKey(paper.title()).ifPresent(key -> byTitle.putIfAbsent(key, paper));
    }

    /** The known paper that {@code paper} duplicates, if any. */
    public Optional<PaperIdentity> existing(Paper paper) {
        return doiKey(paper.doi()).map(byDoi::get)
                .or(() -> arxivKey(paper.arxivId()).map(byArxiv::get))
                .or(() -> titleKey(paper.title()).map(byTitle::get));
    }

    static Optional<String> doiKey(String doi) {
        if (doi == null || doi.isBlank()) {
            return Optional.empty();
        }
        return Identifier.parse(doi).filter(Identifier.Doi.class::isInstance).map(id -> ((Identifier.Doi) id).normalized())
                .or(() -> Optional.of(doi.strip().toLowerCase(Locale.ROOT)));
    }

    static Optional<String> arxivKey(String arxivId) {
        if (arxivId == null || arxivId.isBlank()) {
            return Optional.empty();
        }
        return Identifier.parse(arxivId).filter(Identifier.Arxiv.class::isInstance)
                .map(id -> ((Identifier.Arxiv) id).id().toLowerCase(Locale.ROOT));
    }

    /** The title with only its letters and digits, lower case, accents off: "Attention is all you need!" → attentionisallyouneed. */
    public static Optional<String> titleKey(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.length() < 4 ? Optional.empty() : Optional.of(key.toString());
    }
}
