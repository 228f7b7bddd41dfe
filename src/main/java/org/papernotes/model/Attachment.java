package org.papernotes.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An image of a paper, stored in the library. The note links it as {@code attachment:NAME} ({@link ImageLink});
 * its bytes are stored once however many papers use them (same {@link #sha256}).
 *
 * @param name      unique within the paper; letters, digits, {@code . _ -} only, so the link needs no escaping
 * @param width     pixels, or 0 when the image does not say (an SVG without a size)
 * @param blogPath  the site path a blog post links it by ({@code /images/fig.png}), or null
 */
public record Attachment(long id, long paperId, String name, String mediaType, long size, int width, int height,
                         String sha256, String blogPath, Instant addedAt) {

    public Attachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The link target a note uses for this image. */
    public String link() {
        return ImageLink.attachmentTarget(name);
    }
}
