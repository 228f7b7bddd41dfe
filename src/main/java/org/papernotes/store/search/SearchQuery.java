package org.papernotes.store.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papernotes.model.ReadingStatus;

/**
 * What a user typed into the search box, parsed. The language: words (all must match; an English word also
 * matches words it begins), {@code "phrases"}, {@code -excluded} words or phrases, and the filters
 * {@code tag:NAME}, {@code status:read}, {@code year:2024} (or {@code year:2020-2024}), {@code author:Name},
 * {@code key:vaswani2017} (citation keys beginning so),
 * each also negatable ({@code -tag:NAME}) and quotable ({@code tag:"deep learning"}).
 * <p>
 * {@link #parse} never fails: anything it does not understand is text to search for, and characters that are
 * operators to FTS5 ({@code * ( ) : ^ AND OR NOT NEAR}) are never passed to it as operators.
 *
 * @param terms   the text to match, in the order typed
 * @param filters conditions on the paper's fields
 */
public record SearchQuery(List<Term> terms, List<Filter> filters) {

    private static final Pattern FILTER = Pattern.compile("(?is)(tag|tags|status|year|author|authors|key):(.+)");
    private static final Pattern YEAR = Pattern.compile("(\\d{1,4})(?:(?:-|\\.\\.)(\\d{1,4}))?");

    public SearchQuery {
        terms = List.copyOf(terms);
        filters = List.copyOf(filters);
    }

    /**
     * A piece of text to match.
     *
     * @param text     as typed, without the quotes or the leading minus
     * @param phrase   typed in quotes: its words must follow one another and match whole
     * @param excluded typed with a leading minus: papers matching it are left out
     * @param open     the last word may be the beginning of a longer word (a bare word, or a phrase whose
     *                 closing quote is still to be typed)
     */
    public record Term(String text, boolean phrase, boolean excluded, boolean open) {
    }

    /** Which field a filter restricts. */
    public enum Field { TAG, STATUS, YEAR, AUTHOR, KEY }

    /**
     * A restriction on a paper's fields.
     *
     * @param value   the tag or author text as typed; the status key; the year or {@code FROM-TO} years
     * @param excluded typed with a leading minus: papers matching it are left out
     */
    public record Filter(Field field, String value, boolean excluded) {
    }

    /** Parses any text; never throws. Null is the empty query. */
    public static SearchQuery parse(String text) {
        List<Term> terms = new ArrayList<>();
        List<Filter> filters = new ArrayList<>();
        if (text == null) {
            return new SearchQuery(terms, filters);
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (text.charAt(i) == '-') {
                i++;
                if (i >= length || isSpace(text.charAt(i))) {
                    continue; // a lone minus
                }
                excluded = true;
            }
            if (text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                boolean closed = close >= 0;
                int end = closed ? close : length;
                terms.add(new Term(text.substring(i + 1, end), true, excluded, !closed));
                i = closed ? close + 1 : length;
                continue;
            }
            int end = i;
            while (end < length && !isSpace(text.charAt(end))) {
                if (text.charAt(end) == '"') {
                    int close = text.indexOf('"', end + 1);
                    end = close < 0 ? length : close;
                }
                end++;
            }
            end = Math.min(end, length);
            String clause = text.substring(i, end);
            Optional<Filter> filter = filter(clause, excluded);
            if (filter.isPresent()) {
                filters.add(filter.get());
            } else {
                terms.add(new Term(clause, false, excluded, true));
            }
            i = end;
        }
        return new SearchQuery(terms, filters);
    }

    private static Optional<Filter> filter(String clause, boolean excluded) {
        Matcher matcher = FILTER.matcher(clause);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String value = matcher.group(2).replace("\"", "").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        switch (name) {
            case "tag", "tags":
                return Optional.of(new Filter(Field.TAG, value, excluded));
            case "author", "authors":
                return Optional.of(new Filter(Field.AUTHOR, value, excluded));
            case "key":
                return Optional.of(new Filter(Field.KEY, value, excluded));
            case "status":
                return ReadingStatus.parse(value).map(s -> new Filter(Field.STATUS, s.key(), excluded));
            default:
                Matcher year = YEAR.matcher(value);
                return year.matches() ? Optional.of(new Filter(Field.YEAR, value, excluded)) : Optional.empty();
        }
    }

    /** The years a {@link Field#YEAR} filter value covers, as {@code [from, to]}. */
    static int[] yearRange(String value) {
        Matcher matcher = YEAR.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a year: " + value);
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        return new int[] {Math.min(from, to), Math.max(from, to)};
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** True when nothing was typed that selects anything: list everything the other filters allow. */
    public boolean isEmpty() {
        return terms.isEmpty() && filters.isEmpty();
    }
}
