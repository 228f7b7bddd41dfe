package org.papernotes.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A display formula written as a block: a line starting with {@code $$}, the TeX, and a line ending with
 * {@code $$} (or {@code $$ tex $$} on one line).
 */
public final class MathBlock extends Block implements DoNotDecorate {

    private BasedSequence openingMarker = BasedSequence.NULL;
    private BasedSequence closingMarker = BasedSequence.NULL;
    private String tex = "";

    /** The TeX source between the markers, lines joined with '\n'. */
    public String tex() {
        return tex;
    }

    void setTex(String tex) {
        this.tex = tex;
    }

    public BasedSequence getOpeningMarker() {
        return openingMarker;
    }

    void setOpeningMarker(BasedSequence openingMarker) {
        this.openingMarker = openingMarker;
    }

    /** {@link BasedSequence#NULL} when the block was never closed. */
    public BasedSequence getClosingMarker() {
        return closingMarker;
    }

    void setClosingMarker(BasedSequence closingMarker) {
        this.closingMarker = closingMarker;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {openingMarker, closingMarker};
    }
}
