package org.papernotes.git;

import java.util.List;
import java.util.Objects;
import org.papernotes.model.MessagePattern;

/**
 * Why publishing through git cannot go on, or what it did: a stable {@link Code} with the texts it needs (a file,
 * a branch, the remote's own words). The window says it in the user's language from the code (key
 * {@code git.CODE}); the command line prints {@link #english()}. Never carries a secret.
 *
 * @param args the values of the code's placeholders {@code {0}}, {@code {1}}…, as text
 */
public record GitMessage(Code code, List<String> args) {

    /** Each code with its English text; {@code {n}} stands for {@code args.get(n)}. */
    public enum Code {
        NOT_A_REPOSITORY("{0} is not a git repository: the posts can be exported, but not published."),
        DETACHED_HEAD("The blog checkout is not on a branch (detached HEAD at {0}). Check out the branch the blog is "
                + "built from, then publish."),
        UNBORN_BRANCH("The branch {0} has no commit yet. Make a first commit of the blog, then publish."),
        NO_UPSTREAM("The branch {0} has no upstream branch to push to. Set one with: git push -u <remote> {0}"),
        NO_SUCH_REMOTE("The branch {0} tracks the remote {1}, which is not configured in the checkout."),
        OPERATION_IN_PROGRESS("The blog checkout is in the middle of {0}. Finish or abort it, then publish."),
        NO_IDENTITY("git does not know who you are in this checkout: set user.name and user.email "
                + "(git config user.name \"Your Name\"; git config user.email you@example.org)."),
        READ_ONLY("The blog checkout cannot be written ({0}): it is on a read-only disk or its files are write-protected."),
        PATH_OUTSIDE_CHECKOUT("Refusing to commit {0}: it is not a file inside the blog checkout."),
        CONFLICT("The blog's remote changed {0} since your last publish, and your version differs. Nothing was "
                + "committed; pull the remote's change and export again."),
        REMOTE_CHANGED_LOCAL_EDIT("The remote changed {0}, which has uncommitted changes in your checkout. Nothing was "
                + "committed; commit or stash that change, then publish."),
        REJECTED_NON_FAST_FORWARD("The remote branch {0} moved on while publishing. Nothing was changed here; publish "
                + "again."),
        REJECTED("The remote refused the push to {0}: {1}"),
        NETWORK("The blog's remote {0} cannot be reached: {1}"),
        REMOTE_NOT_FOUND("There is no git repository at {0}."),
        AUTHENTICATION("The remote {0} did not accept your credentials. Nothing was pushed."),
        AUTHENTICATION_CANCELLED("Publishing needs your credentials for {0}; none were given, so nothing was pushed."),
        HOST_KEY_UNKNOWN("The SSH host key of {0} is not in your known_hosts. Connect once with ssh to check and "
                + "record it, then publish."),
        HOST_KEY_CHANGED("The SSH host key of {0} is not the one in your known_hosts: the connection was refused."),
        CHECKOUT_NOT_UPDATED("The posts were pushed to the blog in {0}, but your checkout could not be updated to it "
                + "({1}); run git pull in the blog folder."),
        INTERRUPTED("Publishing was interrupted; nothing was pushed."),
        OTHER("{0}");

        private final String english;

        Code(String english) {
            this.english = english;
        }

        /** The English text with its placeholders. */
        public String englishPattern() {
            return english;
        }

        /** How many arguments the code takes. */
        public int arity() {
            return MessagePattern.arity(english);
        }
    }

    public GitMessage {
        args = MessagePattern.checkedArgs(code, Objects.requireNonNull(code).englishPattern(), args);
    }

    public static GitMessage of(Code code, Object... args) {
        return new GitMessage(code, MessagePattern.texts(args));
    }

    /** The text in English, as the command line prints it. */
    public String english() {
        return MessagePattern.fill(code.english, args);
    }

    @Override
    public String toString() {
        return english();
    }
}
