package org.papernotes.images;

/** A file that is not taken as an image or a PDF; {@link #problem()} says why. */
public final class FileRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient FileProblem problem;

    public FileRejectedException(FileProblem problem) {
        super(problem.english());
        this.problem = problem;
    }

    public FileProblem problem() {
        return problem;
    }
}
