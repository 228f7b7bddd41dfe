package org.papernotes.blog;

import java.util.List;
import java.util.Objects;
import org.papernotes.model.MessagePattern;

/**
 * Why a post was skipped or failed, or what was read generously: a stable {@link Code} with the texts it needs
 * (file names, dates as written, the operating system's own message). The window says it in the user's language
 * from the code ({@code ui.blog}); the command line prints {@link #english()}.
 *
 * @param args the values of the code's placeholders {@code {0}}, {@code {1}}…, as text
 */
public record BlogMessage(Code code, List<String> args) {

    /** Each code with its English text; {@code {n}} stands for {@code args.get(n)}. */
    public enum Code {
        // export: why a post was skipped, or what else happened to it
        CHANGED_OUTSIDE("the file was changed outside PaperNotes since it was exported or imported"),
        NOT_WRITTEN_BY_PAPERNOTES("a file PaperNotes did not write is in the way"),
        REPLACES_OLD_FILE("replaces {0}"),
        OLD_FILE_CHANGED_KEPT("the old file {0} was changed outside PaperNotes and was kept"),
        OLD_FILE_NOT_REMOVED("the old file {0} could not be removed: {1}"),
        REFUSING_OUTSIDE_POSTS("Refusing to write {0}: posts go into {1}"),
        REFUSING_NOT_A_POST_FILE("Refusing to write {0}: it is not a post file inside {1}"),
        BLOG_FOLDER_MISSING("The blog folder {0} does not exist or is not a folder."),
        POSTS_FOLDER_OUTSIDE_BLOG("Refusing to write into {0}: it is a link to {1}, outside the blog {2}."),
        SUBFOLDER_OUTSIDE_POSTS("Refusing to write {0}: its folder is a link to {1}, outside {2}."),
        WOULD_CHANGE("the file would change ({0}); it was left as it is"),
        EXPORT_INTERRUPTED("The export was interrupted."),
        // export: why an image of a post was not written
        REFUSING_OUTSIDE_IMAGES("Refusing to write {0}: images go into {1}"),
        IMAGE_NOT_WRITTEN_BY_PAPERNOTES("an image file PaperNotes did not write is in the way"),
        IMAGE_CHANGED_OUTSIDE("the image file was changed outside PaperNotes since PaperNotes wrote it"),
        IMAGE_DIFFERS_IN_BLOG("the blog's file is not the copy the library imported from it; it was left as it is"),
        IMAGE_NOT_IN_PAPER("the note links {0}, which is not one of the paper's images"),
        IMAGE_NOT_FOUND("the post links {0}, which is neither in the library nor in the blog"),
        IMAGE_OUTSIDE_IMAGES("PaperNotes writes images only into images/; the blog's {0} was left as it is"),
        IMAGE_OF_OTHER_POST("another post of this export puts a different image at this path"),
        // import: why a file failed
        NO_SUCH_PATH("There is no file or folder {0}."),
        CANNOT_READ("cannot read the file: {0}"),
        SAME_POST_TWICE("another file of this import, {0}, is the same post {1}"),
        FILE_EMPTY("The file is empty."),
        FILE_TOO_LARGE("The file is too large for a post ({0} MB; the limit is {1} MB)."),
        FILE_BINARY("The file is binary, not a Markdown post."),
        FILE_NOT_UTF8("The file is not UTF-8 text (Jekyll reads posts as UTF-8)."),
        NO_FRONT_MATTER("The file has no front matter (it must start with a '---' line)."),
        FRONT_MATTER_NOT_CLOSED("The front matter is not closed by a '---' line."),
        FRONT_MATTER_NOT_KEYS("The front matter is not a list of 'key: value' lines."),
        FRONT_MATTER_BAD_YAML("The front matter is not valid YAML: {0}"),
        FRONT_MATTER_BAD_YAML_AT("The front matter is not valid YAML (line {0}): {1}."),
        NO_DATE("The post has no date, neither in its file name nor in its front matter."),
        // import: what was read generously (warnings)
        BYTE_ORDER_MARK_REMOVED("removed the byte-order mark at the start of the file"),
        CRLF_CONVERTED("converted Windows (CRLF) line ends to LF"),
        OPENING_SPACES_REMOVED("removed spaces after the opening '---'"),
        CLOSING_LINE_REWRITTEN("rewrote the closing front-matter line '{0}' as '---'"),
        CLOSING_LINE_END_ADDED("added a line end after the closing '---'"),
        DATA_KEY_AS_DATE("the key 'data:' is read as the date (a typo of 'date:' that Jekyll ignores)"),
        NOT_A_DATE("the date '{0}' is not a date (YYYY-MM-DD); the file name's date is used"),
        TWO_DIGIT_YEAR("the two-digit year in '{0}' is read as {1}"),
        NO_SUCH_DATE("the date '{0}' does not exist; the file name's date is used"),
        FILE_NAME_WITHOUT_DATE("the file name does not start with YYYY-MM-DD- (Jekyll does not publish such a file)"),
        NO_TITLE("the post has no title; it is called \"{0}\" as Jekyll would"),
        IMAGE_MISSING_IN_BLOG("the image {0} is not in the blog folder; the note links it as before"),
        IMAGE_LEADS_OUT_OF_BLOG("the image {0} is a link to a file outside the blog folder; it was not imported"),
        IMAGE_NOT_IMPORTED("the image {0} was not imported: {1}"),
        // a slug typed for a paper's post
        SLUG_EMPTY("A slug needs at least one letter or digit (a\u2013z, 0\u20139)."),
        SLUG_TAKEN("Another paper's post already uses the slug \u201c{0}\u201d. Choose another one."),
        SLUG_NOT_STORED("The slug was not stored: {0}"),
        // anything else: the text of the exception (often the operating system's), as it is
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

    public BlogMessage {
        args = MessagePattern.checkedArgs(code, Objects.requireNonNull(code).englishPattern(), args);
    }

    public static BlogMessage of(Code code, Object... args) {
        return new BlogMessage(code, MessagePattern.texts(args));
    }

    /** The reason an exception gives: its code if it is one of ours, else its message (or its kind). */
    public static BlogMessage of(Throwable error) {
        if (error instanceof BlogIOException blog) {
            return blog.reason();
        }
        if (error instanceof PostFormatException format) {
            return format.reason();
        }
        if (error instanceof InvalidSlugException slug) {
            return slug.reason();
        }
        return of(Code.OTHER, error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
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
