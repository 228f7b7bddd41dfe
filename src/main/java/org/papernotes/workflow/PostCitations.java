package org.papernotes.workflow;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.papernotes.bibliography.CitationText;
import org.papernotes.markdown.Citation;
import org.papernotes.markdown.Citations;
import org.papernotes.markdown.MarkdownConfig;
import org.papernotes.markdown.ParsedNote;
import org.papernotes.model.Paper;

/**
 * The citations of a note as a post shows them: each {@code [@key]} the library knows becomes its author–year text
 * linked to the paper's DOI, arXiv page or URL ({@code ([Vaswani et al., 2017](https://doi.org/…))}), and a
 * references list follows the note, one line per cited paper. Found on the note's one reading, as the preview
 * finds them; every other character of the note stays as it is. A key no paper has stays as written.
 */
public final class PostCitations {

    /** The heading of the references list, in the note's main language. */
    static final String REFERENCES = "References";
    static final String REFERENCES_ZH = "参考文献";

    private PostCitations() {
    }

    /**
     * The note with its known citations written out and the references list at its end; the note itself when it
     * cites no paper the library has.
     *
     * @param papers the paper a key names (ignoring case), if any
     */
    public static String write(String note, Function<String, Optional<Paper>> papers) {
        if (!Citations.mayCite(note)) {
            return note;
        }
        ParsedNote parsed = MarkdownConfig.standard().parse(note);
        List<Citation> citations = Citations.of(parsed);
        Map<Long, Paper> cited = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(note.length() + 256);
        int copied = 0;
        for (Citation citation : citations) {
            List<String> parts = new ArrayList<>();
            boolean known = false;
            for (String key : citation.keys()) {
                Optional<Paper> paper = papers.apply(key);
                if (paper.isPresent()) {
                    known = true;
                    cited.putIfAbsent(paper.get().id(), paper.get());
                    parts.add(KramdownWriting.link(CitationText.inText(paper.get()), CitationText.link(paper.get())));
                } else {
                    parts.add(KramdownWriting.text("@" + key));
                }
            }
            if (!known) {
                continue; // nothing to say about it: left as written
            }
            out.append(note, copied, citation.getStartOffset()).append('(').append(String.join("; ", parts)).append(')');
            copied = citation.getEndOffset();
        }
        if (cited.isEmpty()) {
            return note;
        }
        out.append(note, copied, note.length());
        return withReferences(out.toString(), new ArrayList<>(cited.values()), note);
    }

    /** The references list after the text: alphabetical, as author–year lists are. */
    private static String withReferences(String text, List<Paper> papers, String note) {
        Collator order = Collator.getInstance(Locale.ENGLISH);
        papers.sort(Comparator.comparing(CitationText::reference, order));
        StringBuilder out = new StringBuilder(text.stripTrailing());
        out.append("\n\n## ").append(mostlyChinese(note) ? REFERENCES_ZH : REFERENCES).append("\n\n");
        for (Paper paper : papers) {
            out.append("- ").append(KramdownWriting.lineStart(CitationText.reference(paper)));
            String link = CitationText.link(paper);
            if (link != null) {
                out.append(' ').append(KramdownWriting.autolink(link));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * More Chinese characters than English words (a Chinese sentence naming "Transformer" is still Chinese): the
     * references are headed in Chinese.
     */
    static boolean mostlyChinese(String note) {
        int han = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < note.length(); ) {
            int c = note.codePointAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if (letter && !inWord) {
                words++;
            }
            inWord = letter;
            i += Character.charCount(c);
        }
        return han > words;
    }
}
