package org.papernotes.workflow;

import java.io.IOException;

/**
 * The export that a publish runs first, with its own rules (diff, overwrite questions, only changed posts
 * rewritten). Whoever calls {@link Publish} supplies it and keeps its report for display.
 */
@FunctionalInterface
public interface ExportStep {

    /** Runs the export into the blog folder and says which files it wrote or removed. */
    ExportedFiles run() throws IOException;
}
