package org.papernotes.images;

import java.util.List;
import org.papernotes.model.MessagePattern;

/**
 * Why a file was not taken as a note's image or a paper's PDF: a stable {@link Code} with the texts it needs. The
 * window says it in the user's language from the code (key {@code attach.problem.CODE}); the command line prints
 * {@link #english()}.
 */
public record FileProblem(Code code, List<String> args) {

    public enum Code {
        TOO_LARGE("The image is {0} MB; PaperNotes takes images up to {1} MB. Save it smaller (for example as JPEG) and add it again."),
        TOO_MANY_PIXELS("The image is {0} \u00d7 {1} pixels; PaperNotes takes images up to {2} megapixels."),
        NOT_AN_IMAGE("The file is not a PNG, JPEG, GIF, WebP or SVG image."),
        CORRUPT("The image cannot be read: the file is damaged or incomplete ({0})."),
        EMPTY("The file is empty."),
        UNREADABLE("The file cannot be read: {0}"),
        NOT_A_PDF("The file is not a PDF."),
        PDF_TOO_LARGE("The PDF is {0} MB; PaperNotes copies PDFs up to {1} MB into the library. Link it where it is instead."),
        NOT_IMAGE_OR_PDF("The file is neither an image (PNG, JPEG, GIF, WebP, SVG) nor a PDF.");

        private final String english;

        Code(String english) {
            this.english = english;
        }

        public String englishPattern() {
            return english;
        }
    }

    public FileProblem {
        args = List.copyOf(args);
    }

    public static FileProblem of(Code code, Object... args) {
        return new FileProblem(code, MessagePattern.texts(args));
    }

    /** The English text, as the command line prints it. */
    public String english() {
        return MessagePattern.fill(code.english, args);
    }
}
