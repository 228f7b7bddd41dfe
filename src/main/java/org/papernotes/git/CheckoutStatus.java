package org.papernotes.git;

import java.util.List;
import java.util.Optional;

/**
 * The blog checkout's state for the window's status bar and the publish dialog. Computed from local data only
 * (the remote-tracking branch as of the last fetch): no network.
 *
 * @param branch      the checked-out branch, or null when HEAD is detached
 * @param upstream    the upstream as git names it ({@code origin/main}), or null when there is none
 * @param ahead       local commits the upstream does not have
 * @param behind      upstream commits the branch does not have (as of the last fetch)
 * @param uncommitted every file that differs from the last commit, staged or not, untracked included
 * @param lastPublish the newest commit PaperNotes published on this branch
 */
public record CheckoutStatus(String branch, String upstream, int ahead, int behind, List<ChangedFile> uncommitted,
                             Optional<CommitInfo> lastPublish) {

    public CheckoutStatus {
        uncommitted = List.copyOf(uncommitted);
    }

    public boolean detached() {
        return branch == null;
    }
}
