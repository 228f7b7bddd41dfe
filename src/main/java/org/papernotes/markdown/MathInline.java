package org.papernotes.markdown;

import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A formula inside a paragraph: {@code $tex$}, or {@code $$tex$$}, which kramdown also makes inline math when it
 * does not stand alone as a block (and {@code \$$tex$$}, kramdown's way of keeping a lone {@code $$} formula
 * inline). Found by {@link DollarMath}; the text between the markers is kept as written.
 */
public final class MathInline extends Node implements DelimitedNode, DoNotDecorate {

    private BasedSequence openingMarker = BasedSequence.NULL;
    private BasedSequence text = BasedSequence.NULL;
    private BasedSequence closingMarker = BasedSequence.NULL;

    MathInline(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker) {
        super(spanningChars(openingMarker, text, closingMarker));
        this.openingMarker = openingMarker;
        this.text = text;
        this.closingMarker = closingMarker;
    }

    /** Written {@code $$…$$} (or {@code \$$…$$}): math for kramdown itself, not only for MathJax. */
    public boolean isDoubleDollar() {
        return openingMarker.length() >= 2;
    }

    /** The text between the markers, as written. */
    public String tex() {
        return text.toString();
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {openingMarker, text, closingMarker};
    }

    @Override
    public BasedSequence getOpeningMarker() {
        return openingMarker;
    }

    @Override
    public void setOpeningMarker(BasedSequence openingMarker) {
        this.openingMarker = openingMarker;
    }

    @Override
    public BasedSequence getText() {
        return text;
    }

    @Override
    public void setText(BasedSequence text) {
        this.text = text;
    }

    @Override
    public BasedSequence getClosingMarker() {
        return closingMarker;
    }

    @Override
    public void setClosingMarker(BasedSequence closingMarker) {
        this.closingMarker = closingMarker;
    }
}
