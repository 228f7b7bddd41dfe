package org.papernotes.images;

import org.papernotes.model.ImageBytes;

/**
 * An image file checked and ready to store.
 *
 * @param name     a safe file name with the format's extension ({@code Figure-3.png})
 * @param alt      the alt text of a new link: the file name without extension
 * @param original the file's bytes, unchanged
 * @param preview  a smaller copy for the preview, or null when the original is shown as it is
 */
public record IngestedImage(String name, String alt, ImageFormat format, ImageBytes original, ImageBytes preview) {
}
