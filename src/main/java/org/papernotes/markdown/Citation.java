package org.papernotes.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papernotes.model.CitationKey;

/**
 * A citation in a note: {@code [@key]}, or several papers at once, {@code [@key1; @key2]} (pandoc's syntax, without
 * its prefixes and locators). Found where a link's text would be, so never inside code, math or a link; the keys
 * are as written (the library matches them ignoring case).
 */
public final class Citation extends Node implements DoNotDecorate {

    private static final String KEY = "@(" + CitationKey.SYNTAX + ")";
    /** The whole bracket: one key, or keys separated by semicolons, spaces allowed around them. */
    static final Pattern WHOLE = Pattern.compile("\\[\\s*" + KEY + "(?:\\s*;\\s*" + KEY + ")*\\s*]");
    private static final Pattern ONE = Pattern.compile(KEY);

    private final List<String> keys;

    Citation(BasedSequence chars) {
        super(chars);
        List<String> found = new ArrayList<>();
        Matcher key = ONE.matcher(chars);
        while (key.find()) {
            found.add(key.group(1));
        }
        this.keys = List.copyOf(found);
    }

    /** Whether {@code text}, brackets included, is a citation. */
    static boolean isCitation(CharSequence text) {
        return text.length() > 3 && text.charAt(1) != '^' && WHOLE.matcher(text).matches();
    }

    /** The cited keys in the order written. */
    public List<String> keys() {
        return keys;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
