package org.papernotes.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * HTML that starts a block, as kramdown reads it: an element that is not a span element, up to its own end tag
 * (blank lines included), or a comment. Without {@code markdown="1"} its content is raw: kramdown passes it to the
 * page untouched, and only MathJax reads it.
 */
public final class KramdownHtmlBlock extends Block {

    KramdownHtmlBlock(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
