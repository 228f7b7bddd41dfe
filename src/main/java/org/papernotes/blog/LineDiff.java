package org.papernotes.blog;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two versions of a post, line by line, as a unified diff ({@code -} removed, {@code +}
 * added, three lines of context), which is what the user is shown before a file is overwritten. Computed with
 * java-diff-utils (Myers), so that a long post costs time in proportion to its changes, not to its length squared.
 */
public final class LineDiff {

    private static final int CONTEXT = 3;

    private LineDiff() {
    }

    /** The lines that change: "3 lines removed, 4 added". */
    public record Summary(int removed, int added) {
    }

    public static Summary summary(String before, String after) {
        int removed = 0;
        int added = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(lines(before), lines(after)).getDeltas()) {
            removed += delta.getSource().size();
            added += delta.getTarget().size();
        }
        return new Summary(removed, added);
    }

    /** A unified diff of {@code before} and {@code after}, labelled with {@code name}; empty when they are equal. */
    public static String unified(String name, String before, String after) {
        List<String> original = lines(before);
        Patch<String> patch = DiffUtils.diff(original, lines(after));
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : UnifiedDiffUtils.generateUnifiedDiff(name, name, original, patch, CONTEXT)) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
