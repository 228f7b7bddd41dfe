package org.papernotes.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * kramdown or Liquid syntax inside a paragraph that shows differently from its text on the blog:
 * {@code {::nomarkdown}…{:/}} (its body goes to the page untouched), {@code {::comment}…{:/}} and
 * {@code {::options …/}} (nothing shows), {@code {: .class}} after an element (its attributes; nothing shows), and
 * Liquid's {@code {% raw %}} and {@code {% endraw %}} (Jekyll removes the tags and keeps what is between them).
 */
public final class KramdownSpan extends Node implements DoNotDecorate {

    /** What the span is. */
    public enum Kind { NOMARKDOWN, COMMENT, OPTIONS, ATTRIBUTES, LIQUID_RAW_TAG }

    private final Kind kind;
    private final BasedSequence body;

    KramdownSpan(Kind kind, BasedSequence chars, BasedSequence body) {
        super(chars);
        this.kind = kind;
        this.body = body;
    }

    public Kind kind() {
        return kind;
    }

    /** The body of {@code {::nomarkdown}…{:/}}; {@link BasedSequence#NULL} for the other kinds. */
    public BasedSequence getBody() {
        return body;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {body};
    }
}
