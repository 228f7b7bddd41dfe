package org.papernotes.blog;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two versions of a post, line by line, as a unified diff ({@code -} removed, {@code +}
 * added, three lines of context), which is what the user is shown before a file is overwritten.
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
        for (String line : ops(lines(before), lines(after))) {
            if (line.startsWith("-")) {
                removed++;
            } else if (line.startsWith("+")) {
                added++;
            }
        }
        return new Summary(removed, added);
    }

    /** A unified diff of {@code before} and {@code after}, labelled with {@code name}; empty when they are equal. */
    public static String unified(String name, String before, String after) {
        List<String> ops = ops(lines(before), lines(after));
        List<int[]> hunks = new ArrayList<>(); // first and last changed op of each hunk
        for (int i = 0; i < ops.size(); i++) {
            if (!ops.get(i).startsWith(" ")) {
                if (!hunks.isEmpty() && i - hunks.get(hunks.size() - 1)[1] <= 2 * CONTEXT + 1) {
                    hunks.get(hunks.size() - 1)[1] = i;
                } else {
                    hunks.add(new int[] {i, i});
                }
            }
        }
        if (hunks.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- ").append(name).append("\n+++ ").append(name).append('\n');
        for (int[] hunk : hunks) {
            int start = Math.max(0, hunk[0] - CONTEXT);
            int end = Math.min(ops.size(), hunk[1] + CONTEXT + 1);
            int oldStart = 1 + count(ops, 0, start, '+');
            int newStart = 1 + count(ops, 0, start, '-');
            out.append("@@ -").append(oldStart).append(',').append(count(ops, start, end, '+'))
                    .append(" +").append(newStart).append(',').append(count(ops, start, end, '-')).append(" @@\n");
            for (int k = start; k < end; k++) {
                out.append(ops.get(k)).append('\n');
            }
        }
        return out.toString();
    }

    /** How many ops in [from, to) are not of the kind {@code skipped}. */
    private static int count(List<String> ops, int from, int to, char skipped) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (ops.get(i).charAt(0) != skipped) {
                n++;
            }
        }
        return n;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The edit script: each line prefixed with ' ', '-' or '+' (longest common subsequence, trimmed ends first). */
    private static List<String> ops(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(" " + a.get(i));
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        int[][] table = new int[midA.size() + 1][midB.size() + 1];
        for (int i = midA.size() - 1; i >= 0; i--) {
            for (int j = midB.size() - 1; j >= 0; j--) {
                table[i][j] = midA.get(i).equals(midB.get(j)) ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < midA.size() || j < midB.size()) {
            if (i < midA.size() && j < midB.size() && midA.get(i).equals(midB.get(j))) {
                out.add(" " + midA.get(i++));
                j++;
            } else if (i < midA.size() && (j == midB.size() || table[i + 1][j] >= table[i][j + 1])) {
                out.add("-" + midA.get(i++)); // removals before additions, as diff prints them
            } else {
                out.add("+" + midB.get(j++));
            }
        }
        for (int k = a.size() - suffix; k < a.size(); k++) {
            out.add(" " + a.get(k));
        }
        return out;
    }
}
