package org.papernotes.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an export did to the blog checkout, as publishing needs it.
 *
 * @param paths     every file the export wrote or removed (posts and images), relative to the blog folder, with {@code /}
 * @param titles    the titles of the posts it wrote, for the commit message
 * @param unchanged the posts it left as they were (path, as {@code paths}, to title): one an earlier publish wrote
 *                  and could not commit (its push failed) is still to be committed
 */
public record ExportedFiles(List<String> paths, List<String> titles, Map<String, String> unchanged) {

    public ExportedFiles {
        paths = List.copyOf(paths);
        titles = List.copyOf(titles);
        unchanged = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unchanged));
    }

    /** These files and those of the unchanged posts named in {@code uncommitted}, with their titles. */
    public ExportedFiles with(Set<String> uncommitted) {
        List<String> morePaths = new ArrayList<>(paths);
        List<String> moreTitles = new ArrayList<>(titles);
        unchanged.forEach((path, title) -> {
            if (uncommitted.contains(path) && !morePaths.contains(path)) {
                morePaths.add(path);
                moreTitles.add(title);
            }
        });
        return new ExportedFiles(morePaths, moreTitles, Map.of());
    }
}
