package org.papernotes.markdown;

import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * {@code $tex$} (inline) or {@code $$tex$$} inside a paragraph (display). The TeX between the markers is kept
 * verbatim: no emphasis, escapes or entities are applied to it.
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

    /** True for {@code $$..$$}, which renders as a centred display formula. */
    public boolean isDisplay() {
        return openingMarker.length() == 2;
    }

    /** The TeX source between the markers. */
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
