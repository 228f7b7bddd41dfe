package org.papernotes.git;

import java.util.List;
import java.util.Optional;

/**
 * What a publish did.
 *
 * @param commit         the commit now at the tip of the branch with the published files, or empty when there was
 *                       nothing to publish (every file already committed and pushed)
 * @param committedPaths the files of the request that the new commit changed (the others were already as committed)
 * @param pushed         whether the commit is on the remote now
 * @param integration    how it was joined to a remote branch that moved on, or null when it had not moved
 * @param earlierCommits commits of the user's that were not pushed before and went out with this one
 * @param otherChanges   the user's own changes in the checkout, neither staged nor committed by the publish
 */
public record PublishResult(Optional<CommitInfo> commit, List<String> committedPaths, boolean pushed,
                            CheckoutConfig.Integration integration, int earlierCommits,
                            List<ChangedFile> otherChanges) {

    public PublishResult {
        committedPaths = List.copyOf(committedPaths);
        otherChanges = List.copyOf(otherChanges);
    }

    /** Whether there was nothing to commit and nothing to push. */
    public boolean nothingToPublish() {
        return commit.isEmpty();
    }
}
