package org.papernotes.workflow;

import java.util.List;

/**
 * What an export did to the blog checkout, as publishing needs it.
 *
 * @param paths  every file the export wrote or removed (posts and images), relative to the blog folder, with {@code /}
 * @param titles the titles of the posts it wrote, for the commit message
 */
public record ExportedFiles(List<String> paths, List<String> titles) {

    public ExportedFiles {
        paths = List.copyOf(paths);
        titles = List.copyOf(titles);
    }
}
