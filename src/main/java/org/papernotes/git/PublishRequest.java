package org.papernotes.git;

import java.util.List;

/**
 * What to publish: exactly these files of the checkout (the posts and images an export wrote or removed), with
 * this commit message. Nothing else is ever staged or committed.
 *
 * @param paths   relative to the checkout root, with {@code /}; a path whose file is gone is committed as removed
 * @param message the commit message
 * @param push    whether to push to the upstream (false: commit locally only, no network)
 */
public record PublishRequest(List<String> paths, String message, boolean push) {

    public PublishRequest {
        paths = List.copyOf(new java.util.LinkedHashSet<>(paths));
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("A publish commit needs a message");
        }
    }
}
