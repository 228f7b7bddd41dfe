package org.papernotes.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The citations of a note, on its one reading: what the preview links and the export writes out. */
public final class Citations {

    /** A citation starts "[@", maybe with line breaks, blanks and blockquote marks between. */
    private static final Pattern MAY_CITE = Pattern.compile("\\[[\\s>]*@");

    private Citations() {
    }

    /** The note's citations in the order they are written. */
    public static List<Citation> of(ParsedNote note) {
        List<Citation> found = new ArrayList<>();
        for (Node node : note.document().getDescendants()) {
            if (node instanceof Citation citation) {
                found.add(citation);
            }
        }
        return found;
    }

    /** Every key the note cites, once each, in the order first cited. */
    public static Set<String> keys(ParsedNote note) {
        Set<String> keys = new LinkedHashSet<>();
        of(note).forEach(citation -> keys.addAll(citation.keys()));
        return keys;
    }

    /** Whether the text may hold a citation (a cheap test before a parse). */
    public static boolean mayCite(String text) {
        return text != null && MAY_CITE.matcher(text).find();
    }
}
