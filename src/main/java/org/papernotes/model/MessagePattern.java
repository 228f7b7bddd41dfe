package org.papernotes.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English text of a coded message ({@code blog.BlogMessage}, {@code git.GitMessage}): a pattern whose
 * {@code {0}}, {@code {1}}… stand for the message's arguments, the same placeholders the window's bundles use.
 */
public final class MessagePattern {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private MessagePattern() {
    }

    /** How many arguments the pattern takes: {@code {0}} up to the first number missing. */
    public static int arity(String pattern) {
        int count = 0;
        while (pattern.contains("{" + count + "}")) {
            count++;
        }
        return count;
    }

    /**
     * The message's arguments, kept as they are, once checked against its code's pattern.
     *
     * @throws IllegalArgumentException if they are not as many as the pattern's placeholders (a programming error)
     */
    public static List<String> checkedArgs(Object code, String pattern, List<String> args) {
        List<String> kept = List.copyOf(args);
        int arity = arity(pattern);
        if (kept.size() != arity) {
            throw new IllegalArgumentException(code + " takes " + arity + " arguments, not " + kept.size());
        }
        return kept;
    }

    /** The values as the texts a message carries. */
    public static List<String> texts(Object... values) {
        return java.util.Arrays.stream(values).map(String::valueOf).toList();
    }

    /** The pattern with its placeholders filled, in one pass (an argument that holds "{1}" stays as it is). */
    public static String fill(String pattern, List<String> args) {
        return PLACEHOLDER.matcher(pattern)
                .replaceAll(match -> Matcher.quoteReplacement(args.get(Integer.parseInt(match.group(1)))));
    }
}
