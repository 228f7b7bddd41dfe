package org.papernotes.ui.papers;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.papernotes.ui.search.SearchResult;

/**
 * One line of a search snippet under a title: the text with its hits marked, as wide as the column, moved so that
 * the first hit is in the middle of the line (an ellipsis then marks text cut on the left). It asks for no width of
 * its own, so the column decides, and it never grows the row past one line.
 */
final class SnippetLine extends Region {

    private static final String ELLIPSIS = "\u2026";

    private final List<Text> parts = new ArrayList<>();
    private final Text leftEllipsis = new Text(ELLIPSIS);
    private int firstHit = -1;

    SnippetLine() {
        getStyleClass().add("snippet");
        leftEllipsis.getStyleClass().add("snippet-text");
        leftEllipsis.setTextOrigin(VPos.TOP);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinWidth(0);
        setPrefWidth(0);
    }

    /** Shows these parts (white space shown as single spaces). */
    void show(List<SearchResult.SnippetPart> snippet) {
        parts.clear();
        firstHit = -1;
        for (SearchResult.SnippetPart part : snippet) {
            Text text = new Text(part.text().replaceAll("\\s+", " "));
            text.getStyleClass().add(part.hit() ? "snippet-hit" : "snippet-text");
            text.setTextOrigin(VPos.TOP);
            if (part.hit() && firstHit < 0) {
                firstHit = parts.size();
            }
            parts.add(text);
        }
        getChildren().setAll(parts);
        getChildren().add(leftEllipsis);
        requestLayout();
    }

    /** The snippet's text as shown, for tests. */
    String shownText() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.getText()));
        return text.toString();
    }

    /** How far the text is moved left so that the first hit is centred (0: it starts at the left edge). */
    double shift() {
        if (firstHit < 0) {
            return 0;
        }
        double before = 0;
        for (int i = 0; i < firstHit; i++) {
            before += parts.get(i).getLayoutBounds().getWidth();
        }
        double hitCentre = before + parts.get(firstHit).getLayoutBounds().getWidth() / 2;
        double total = 0;
        for (Text part : parts) {
            total += part.getLayoutBounds().getWidth();
        }
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        // Not past the end of the text (no empty space after a hit near the end), and never so far that the
        // ellipsis on the left covers the hit's first letters.
        double shift = Math.min(hitCentre - width / 2, total - width);
        shift = Math.min(shift, before - leftEllipsis.getLayoutBounds().getWidth() - 2);
        return Math.max(0, shift);
    }

    @Override
    protected double computePrefHeight(double width) {
        double height = leftEllipsis.getLayoutBounds().getHeight();
        for (Text part : parts) {
            height = Math.max(height, part.getLayoutBounds().getHeight());
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double shift = shift();
        double x = snappedLeftInset() - shift;
        double y = snappedTopInset();
        for (Text part : parts) {
            part.relocate(x, y);
            part.setClip(null);
            part.setVisible(true);
            x += part.getLayoutBounds().getWidth();
        }
        leftEllipsis.setVisible(shift > 0);
        if (shift > 0) {
            // The ellipsis takes the place of the first characters, which are clipped away under it.
            leftEllipsis.relocate(snappedLeftInset(), y);
            clipBefore(snappedLeftInset() + leftEllipsis.getLayoutBounds().getWidth() + 2);
        }
    }

    /** Hides whatever of the parts lies left of {@code x}, where the ellipsis is. */
    private void clipBefore(double x) {
        for (Text part : parts) {
            double left = part.getLayoutX();
            double width = part.getLayoutBounds().getWidth();
            if (left + width <= x) {
                part.setVisible(false);
            } else {
                part.setVisible(true);
                if (left < x) {
                    // Hidden up to the end of the character under the ellipsis' edge, so no sliver of it shows.
                    int under = part.hitTest(new javafx.geometry.Point2D(x - left, 1)).getCharIndex();
                    double cut = x - left;
                    for (javafx.scene.shape.PathElement element : part.rangeShape(0, Math.min(under + 1,
                            part.getText().length()))) {
                        if (element instanceof javafx.scene.shape.LineTo line) {
                            cut = Math.max(cut, line.getX());
                        }
                    }
                    Rectangle clip = new Rectangle(cut, -2, width, part.getLayoutBounds().getHeight() + 4);
                    part.setClip(clip);
                }
            }
        }
    }
}
