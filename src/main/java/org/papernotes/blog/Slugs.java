package org.papernotes.blog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Post slugs: ASCII lowercase letters, digits and single hyphens. Chinese characters become toneless pinyin
 * (one syllable per character, pinyin4j's first reading), accented Latin letters lose their accents, and
 * everything else separates words. A slug can therefore never hold a path separator or a dot.
 */
public final class Slugs {

    /** Long enough for a short title, short enough for a readable URL. */
    public static final int MAX_LENGTH = 60;
    /** The slug of a title that has nothing to spell (only emoji or punctuation). */
    public static final String FALLBACK = "post";

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final HanyuPinyinOutputFormat PINYIN = pinyinFormat();

    private Slugs() {
    }

    /** The slug a title suggests; never empty. */
    public static String fromTitle(String title) {
        StringBuilder words = new StringBuilder();
        String text = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD);
        text = COMBINING_MARKS.matcher(text).replaceAll("");
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            String pinyin = pinyin(codePoint);
            if (pinyin != null) {
                words.append(' ').append(pinyin).append(' ');
            } else if (codePoint < 128 && Character.isLetterOrDigit(codePoint)) {
                words.append(Character.toLowerCase((char) codePoint));
            } else if (codePoint == '\'' || codePoint == '\u2019') {
                // "Bayes' rule" and "don't" read better without a hyphen for the apostrophe.
                continue;
            } else {
                words.append(' ');
            }
        }
        String slug = truncate(String.join("-", words.toString().strip().split("\\s+")));
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** Whether {@code slug} is one this class could have made (the rule for user-set slugs too). */
    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /**
     * A user-typed slug cleaned to the rule ("My Slug" becomes "my-slug"); empty input gives an empty string so
     * that the caller can tell "no slug set" from a slug.
     */
    public static String clean(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        return fromTitle(typed.toLowerCase(Locale.ROOT));
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, … whichever {@code taken} does not hold. */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String stem = base.length() + suffix.length() > MAX_LENGTH
                    ? truncate(base.substring(0, MAX_LENGTH - suffix.length())) : base;
            String candidate = stem + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static String truncate(String slug) {
        String cut = slug;
        if (cut.length() > MAX_LENGTH) {
            int hyphen = cut.lastIndexOf('-', MAX_LENGTH);
            cut = hyphen > MAX_LENGTH / 2 ? cut.substring(0, hyphen) : cut.substring(0, MAX_LENGTH);
        }
        while (cut.endsWith("-")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }

    private static String pinyin(int codePoint) {
        if (codePoint > 0xFFFF || Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN) {
            return null;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, PINYIN);
            return readings == null || readings.length == 0 ? null : readings[0].replaceAll("[^a-z]", "");
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin format", e);
        }
    }

    private static HanyuPinyinOutputFormat pinyinFormat() {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        return format;
    }
}
