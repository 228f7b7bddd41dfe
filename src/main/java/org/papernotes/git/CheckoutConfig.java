package org.papernotes.git;

/**
 * What the blog checkout's own git configuration says about publishing from it (repository, user and system
 * config, as git reads them).
 *
 * @param branch        the checked-out branch, short name ({@code main})
 * @param remote        the remote the branch tracks ({@code origin}); null (as the next three) for a local commit on
 *                      a branch without upstream
 * @param remoteUrl     that remote's URL as configured (for messages; credentials in it are never shown)
 * @param upstreamRef   the branch on the remote, full name ({@code refs/heads/main})
 * @param trackingRef   the local remote-tracking ref of it ({@code refs/remotes/origin/main})
 * @param userName      the author of publish commits ({@code user.name})
 * @param userEmail     their e-mail ({@code user.email})
 * @param autoCrlf      {@code core.autocrlf} as written ({@code true}, {@code input}, {@code false})
 * @param integration   how a publish commit joins a remote that moved on ({@code pull.rebase})
 */
public record CheckoutConfig(String branch, String remote, String remoteUrl, String upstreamRef, String trackingRef,
                             String userName, String userEmail, String autoCrlf, Integration integration) {

    /** How the publish commit is put on top of a remote branch that moved on. */
    public enum Integration {
        /** Replay the local commits onto the remote branch (git pull --rebase); the default. */
        REBASE,
        /** Merge the remote branch into the local commits ({@code pull.rebase = false}). */
        MERGE
    }

    /** The upstream as git names it: {@code origin/main}. */
    public String upstreamName() {
        return remote + "/" + org.eclipse.jgit.lib.Repository.shortenRefName(upstreamRef);
    }
}
