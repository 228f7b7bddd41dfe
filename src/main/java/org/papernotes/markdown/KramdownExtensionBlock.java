package org.papernotes.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A kramdown block extension or attribute list standing on its own lines: {@code {::nomarkdown}…{:/nomarkdown}}
 * (its body goes to the page untouched), {@code {::comment}…{:/comment}} and {@code {::options …/}} (nothing shows),
 * and {@code {: .class}} or {@code {:ref: …}} (attributes for a neighbouring block; nothing shows).
 */
public final class KramdownExtensionBlock extends Block {

    /** What the block is. */
    public enum Kind { NOMARKDOWN, COMMENT, OPTIONS, ATTRIBUTES }

    private final Kind kind;
    private final BasedSequence body;

    KramdownExtensionBlock(Kind kind, BasedSequence chars, BasedSequence body) {
        super(chars);
        this.kind = kind;
        this.body = body;
    }

    public Kind kind() {
        return kind;
    }

    /** The text between the start and stop tags; {@link BasedSequence#NULL} for tags without a body. */
    public BasedSequence getBody() {
        return body;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {body};
    }
}
