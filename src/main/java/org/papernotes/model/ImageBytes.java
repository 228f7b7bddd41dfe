package org.papernotes.model;

import java.util.Objects;

/**
 * The bytes of an image file with what is known about them.
 *
 * @param width  pixels, 0 when the image does not say (an SVG without a size)
 */
public record ImageBytes(byte[] bytes, String mediaType, int width, int height) {

    public ImageBytes {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    public long size() {
        return bytes.length;
    }
}
