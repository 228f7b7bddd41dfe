package org.papernotes.blog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post file split into its front matter and body. {@code "---\n" + frontMatter + "---\n" + body} gives back
 * the text (with LF line ends); anything the split had to normalise is listed in {@link #warnings()}.
 *
 * @param frontMatter the text between the {@code ---} lines, each line with its line feed
 * @param body        everything after the closing {@code ---} line, exactly
 */
public record PostSource(String frontMatter, String body, List<BlogMessage> warnings) {

    /** Far above any note (the largest real posts are tens of kilobytes); protects memory and the library. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*\n");
    private static final Pattern CLOSING = Pattern.compile("^(---|\\.\\.\\.)[ \\t]*(\n|\\z)", Pattern.MULTILINE);

    public PostSource {
        warnings = List.copyOf(warnings);
    }

    /** The text PaperNotes writes for this front matter and body. */
    public static String join(String frontMatter, String body) {
        String yaml = frontMatter.isEmpty() || frontMatter.endsWith("\n") ? frontMatter : frontMatter + "\n";
        return "---\n" + yaml + "---\n" + body;
    }

    /** Decodes and splits a post file. */
    public static PostSource parse(byte[] bytes) throws PostFormatException {
        if (bytes.length == 0) {
            throw new PostFormatException(BlogMessage.of(BlogMessage.Code.FILE_EMPTY));
        }
        if (bytes.length > MAX_BYTES) {
            throw new PostFormatException(BlogMessage.of(BlogMessage.Code.FILE_TOO_LARGE, bytes.length / 1024 / 1024,
                    MAX_BYTES / 1024 / 1024));
        }
        List<BlogMessage> warnings = new ArrayList<>();
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            warnings.add(BlogMessage.of(BlogMessage.Code.BYTE_ORDER_MARK_REMOVED));
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            warnings.add(BlogMessage.of(BlogMessage.Code.CRLF_CONVERTED));
        }
        Matcher opening = OPENING.matcher(text);
        if (!opening.lookingAt()) {
            throw new PostFormatException(BlogMessage.of(BlogMessage.Code.NO_FRONT_MATTER));
        }
        if (!opening.group().equals("---\n")) {
            warnings.add(BlogMessage.of(BlogMessage.Code.OPENING_SPACES_REMOVED));
        }
        Matcher closing = CLOSING.matcher(text);
        if (!closing.find(opening.end())) {
            throw new PostFormatException(BlogMessage.of(BlogMessage.Code.FRONT_MATTER_NOT_CLOSED));
        }
        if (!closing.group().equals("---\n") && !closing.group().equals("---")) {
            warnings.add(BlogMessage.of(BlogMessage.Code.CLOSING_LINE_REWRITTEN, closing.group().strip()));
        }
        String frontMatter = text.substring(opening.end(), closing.start());
        String body = text.substring(closing.end());
        if (closing.group(2).isEmpty()) {
            warnings.add(BlogMessage.of(BlogMessage.Code.CLOSING_LINE_END_ADDED));
        }
        return new PostSource(frontMatter, body, warnings);
    }

    private static String decode(byte[] bytes) throws PostFormatException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new PostFormatException(BlogMessage.of(BlogMessage.Code.FILE_BINARY));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PostFormatException(BlogMessage.of(BlogMessage.Code.FILE_NOT_UTF8));
        }
    }
}
