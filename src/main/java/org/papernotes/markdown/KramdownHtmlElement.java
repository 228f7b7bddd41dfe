package org.papernotes.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A block HTML element with {@code markdown="1"} (or {@code "block"}, {@code "span"}): kramdown reads its
 * content as Markdown, so its children are the blocks of that content. The opening and closing tags are kept
 * as written.
 */
public final class KramdownHtmlElement extends Block {

    private final String name;
    private BasedSequence openingTag = BasedSequence.NULL;
    private BasedSequence closingTag = BasedSequence.NULL;

    KramdownHtmlElement(String name) {
        this.name = name;
    }

    /** The element's name, in lower case. */
    public String name() {
        return name;
    }

    public BasedSequence getOpeningTag() {
        return openingTag;
    }

    void setOpeningTag(BasedSequence openingTag) {
        this.openingTag = openingTag;
    }

    /** {@link BasedSequence#NULL} when the note ends before the element is closed. */
    public BasedSequence getClosingTag() {
        return closingTag;
    }

    void setClosingTag(BasedSequence closingTag) {
        this.closingTag = closingTag;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {openingTag, closingTag};
    }
}
