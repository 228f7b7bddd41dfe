package org.papernotes.blog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name Jekyll requires of a post: {@code YYYY-MM-DD-slug.ext}. Without the date prefix Jekyll ignores the
 * file. The slug part of an imported file is kept as it is (it may hold capitals), so that its URL stays.
 *
 * @param date the date of the name
 * @param slug the part after the date, without the extension
 */
public record PostFileName(LocalDate date, String slug) {

    private static final Pattern NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)\\.(?:md|markdown|mkdown|mkdn|mkd)");

    /** The file name PaperNotes writes. */
    public String fileName() {
        return date + "-" + slug + ".md";
    }

    /** The parts of a post's file name, or empty when it has no valid date prefix. */
    public static Optional<PostFileName> parse(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            return Optional.of(new PostFileName(date, matcher.group(4)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The title Jekyll gives a post without one: the slug's words, each capitalised ("blog-post-1" → "Blog Post 1"). */
    public static String titleFromSlug(String slug) {
        StringBuilder title = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!word.isEmpty()) {
                title.append(title.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return title.length() == 0 ? slug : title.toString();
    }

    /** Whether the name has an extension Jekyll reads as Markdown (the template's {@code markdown_ext}). */
    public static boolean isMarkdown(String fileName) {
        return fileName.matches("(?i).+\\.(md|markdown|mkdown|mkdn|mkd)");
    }
}
