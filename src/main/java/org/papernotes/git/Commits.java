package org.papernotes.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** Reading commits: what one changed, and the record the status shows. */
final class Commits {

    private Commits() {
    }

    static CommitInfo info(Repository repository, RevCommit commit) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit parsed = walk.parseCommit(commit);
            RevTree parent = parsed.getParentCount() == 0 ? null : walk.parseCommit(parsed.getParent(0)).getTree();
            return new CommitInfo(parsed.name(), parsed.getCommitterIdent().getWhenAsInstant(), parsed.getShortMessage(),
                    changedPaths(repository, parent, parsed.getTree()));
        }
    }

    /** The files that differ between two trees (null for the empty tree), sorted. */
    static List<String> changedPaths(Repository repository, RevTree before, RevTree after) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            if (before == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(before);
            }
            walk.addTree(after);
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
        }
        return paths;
    }
}
