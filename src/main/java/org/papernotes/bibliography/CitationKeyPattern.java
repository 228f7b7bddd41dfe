package org.papernotes.bibliography;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.papernotes.model.CitationKey;
import org.papernotes.model.Paper;

/**
 * Citation keys from a pattern, as JabRef writes them: fields in brackets, optionally with {@code :lower} or
 * {@code :upper}, and literal text between them. Fields: {@code [auth]} (the first author's surname),
 * {@code [authors]} (every surname), {@code [authorsN]} (the first N, then "EtAl"), {@code [authEtAl]},
 * {@code [year]}, {@code [shorttitle]} (the first three words of the title that are not function words, each
 * capitalised), {@code [veryshorttitle]} (the first such word), {@code [title]} (all words, capitalised).
 * <p>
 * Keys are ASCII: accents are dropped (Müller → Muller), Chinese becomes pinyin — for a Chinese author the
 * surname's pinyin followed by the given name's initial (张三 → ZhangS), for a Chinese title two characters a word
 * (机器遗忘综述 → JiqiYiwangZongshu).
 */
public final class CitationKeyPattern {

    /** JabRef's recommended pattern: {@code vaswani2017AttentionIsAll}. */
    public static final String DEFAULT = "[auth:lower][year][shorttitle]";

    private static final Pattern FIELD = Pattern.compile("\\[([A-Za-z]+)(\\d*)((?::(?:lower|upper))*)]");
    private static final Set<String> FIELDS = Set.of("auth", "authors", "authetal", "year", "shorttitle",
            "veryshorttitle", "title");
    /** JabRef's function words, left out of short titles. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "above", "about", "across", "against",
            "along", "among", "around", "at", "before", "behind", "below", "beneath", "beside", "between", "beyond",
            "by", "down", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on",
            "onto", "since", "to", "toward", "through", "under", "until", "up", "upon", "with", "within", "without",
            "and", "but", "nor", "or", "so", "yet");
    private static final Map<Character, String> LETTERS = Map.of('ß', "ss", 'ø', "o", 'Ø', "O", 'æ', "ae", 'Æ', "Ae",
            'œ', "oe", 'ł', "l", 'Ł', "L", 'đ', "d", 'ı', "i");
    private static final HanyuPinyinOutputFormat PINYIN = pinyinFormat();
    /** Surnames whose reading differs from the character's most common one. */
    private static final Map<Character, String> SURNAME_READINGS = Map.ofEntries(Map.entry('单', "shan"),
            Map.entry('曾', "zeng"), Map.entry('解', "xie"), Map.entry('区', "ou"), Map.entry('仇', "qiu"),
            Map.entry('朴', "piao"), Map.entry('查', "zha"), Map.entry('乐', "yue"), Map.entry('翟', "zhai"),
            Map.entry('盖', "ge"), Map.entry('缪', "miao"), Map.entry('覃', "qin"), Map.entry('种', "chong"),
            Map.entry('秘', "bi"), Map.entry('长', "zhang"), Map.entry('重', "chong"), Map.entry('沈', "shen"));

    private final String pattern;

    private CitationKeyPattern(String pattern) {
        this.pattern = pattern;
    }

    /** @throws IllegalArgumentException naming the field this class does not know */
    public static CitationKeyPattern of(String pattern) {
        String text = pattern == null || pattern.isBlank() ? DEFAULT : pattern.strip();
        Matcher matcher = FIELD.matcher(text);
        while (matcher.find()) {
            String field = matcher.group(1).toLowerCase(Locale.ROOT);
            boolean numbered = field.equals("authors") && !matcher.group(2).isEmpty();
            if (!FIELDS.contains(field) || (!matcher.group(2).isEmpty() && !numbered)) {
                throw new IllegalArgumentException("Unknown field in the citation key pattern: " + matcher.group());
            }
        }
        return new CitationKeyPattern(text);
    }

    public String pattern() {
        return pattern;
    }

    /** The key the pattern gives this paper, before making it unique; "paper" if it gives nothing usable. */
    public String baseKey(Paper paper) {
        Matcher matcher = FIELD.matcher(pattern);
        StringBuilder key = new StringBuilder();
        int at = 0;
        while (matcher.find()) {
            key.append(pattern, at, matcher.start());
            String value = field(paper, matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2));
            for (String modifier : matcher.group(3).split(":")) {
                if (modifier.equals("lower")) {
                    value = value.toLowerCase(Locale.ROOT);
                } else if (modifier.equals("upper")) {
                    value = value.toUpperCase(Locale.ROOT);
                }
            }
            key.append(value);
            at = matcher.end();
        }
        key.append(pattern.substring(at));
        String cleaned = key.toString().replaceAll("[^A-Za-z0-9_:.+/-]", "").replaceFirst("^[^A-Za-z0-9]+", "");
        if (cleaned.length() > 60) {
            cleaned = cleaned.substring(0, 60);
        }
        return CitationKey.isValid(cleaned) ? cleaned : "paper";
    }

    /**
     * A key for the paper that {@code taken} (lower-case keys) does not hold: the base key, else it followed by
     * a, b, …, z, aa, ab, …
     */
    public String uniqueKey(Paper paper, Set<String> taken) {
        String base = baseKey(paper);
        if (!taken.contains(base.toLowerCase(Locale.ROOT))) {
            return base;
        }
        for (int n = 0; ; n++) {
            String candidate = base + letters(n);
            if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }

    private static String letters(int n) {
        StringBuilder suffix = new StringBuilder();
        int value = n;
        do {
            suffix.insert(0, (char) ('a' + value % 26));
            value = value / 26 - 1;
        } while (value >= 0);
        return suffix.toString();
    }

    private static String field(Paper paper, String field, String number) {
        List<String> surnames = paper.authors().stream().filter(a -> !a.isBlank()).map(CitationKeyPattern::surnameKey)
                .toList();
        switch (field) {
            case "auth":
                return surnames.isEmpty() ? "" : surnames.get(0);
            case "authetal":
                if (surnames.isEmpty()) {
                    return "";
                }
                return surnames.size() == 1 ? surnames.get(0)
                        : surnames.size() == 2 ? surnames.get(0) + "And" + surnames.get(1) : surnames.get(0) + "EtAl";
            case "authors":
                if (number.isEmpty() || surnames.size() <= Integer.parseInt(number)) {
                    return String.join("", surnames);
                }
                return String.join("", surnames.subList(0, Integer.parseInt(number))) + "EtAl";
            case "year":
                return paper.year() == null ? "" : paper.year().toString();
            case "shorttitle":
                return String.join("", titleWords(paper.title(), 3, true));
            case "veryshorttitle":
                return String.join("", titleWords(paper.title(), 1, true));
            default:
                return String.join("", titleWords(paper.title(), Integer.MAX_VALUE, false));
        }
    }

    /** The surname in ASCII, capitalised; for a Chinese name the surname's pinyin and the given name's initial. */
    static String surnameKey(String author) {
        String surname = AuthorNames.surname(author);
        if (AuthorNames.isHan(surname)) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < surname.length(); i++) {
                char c = surname.charAt(i);
                key.append(i == 0 && SURNAME_READINGS.containsKey(c) ? SURNAME_READINGS.get(c) : pinyin(c));
            }
            String given = AuthorNames.chineseGivenName(author);
            String initial = given.isEmpty() ? "" : pinyin(given.charAt(0)).substring(0, 1);
            return capitalised(key.toString()) + initial.toUpperCase(Locale.ROOT);
        }
        // "van Rossum" gives "VanRossum": the particle is part of how the name sorts in a key.
        StringBuilder key = new StringBuilder();
        for (String word : ascii(surname).split("[^A-Za-z0-9]+")) {
            key.append(capitalised(word));
        }
        return key.toString();
    }

    private static List<String> titleWords(String title, int limit, boolean skipFunctionWords) {
        List<String> words = new ArrayList<>();
        StringBuilder han = new StringBuilder();
        StringBuilder word = new StringBuilder();
        String text = title == null ? "" : title.replaceAll("\\$[^$]*\\$", " ");
        for (int i = 0; i <= text.length() && words.size() < limit; i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean isHan = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (isHan) {
                flushWord(word, words, skipFunctionWords);
                han.append(c);
                if (han.length() == 2) {
                    words.add(capitalised(pinyin(han.charAt(0)) + pinyin(han.charAt(1))));
                    han.setLength(0);
                }
            } else {
                if (han.length() > 0) {
                    words.add(capitalised(pinyin(han.charAt(0))));
                    han.setLength(0);
                }
                if (Character.isLetterOrDigit(c) || c == '\'' || c == '’') {
                    word.append(c);
                } else {
                    flushWord(word, words, skipFunctionWords);
                }
            }
        }
        return words.size() > limit ? words.subList(0, limit) : words;
    }

    private static void flushWord(StringBuilder word, List<String> words, boolean skipFunctionWords) {
        if (word.length() == 0) {
            return;
        }
        String ascii = ascii(word.toString()).replaceAll("[^A-Za-z0-9]", "");
        word.setLength(0);
        if (ascii.isEmpty() || (skipFunctionWords && FUNCTION_WORDS.contains(ascii.toLowerCase(Locale.ROOT)))) {
            return;
        }
        words.add(capitalised(ascii));
    }

    private static String ascii(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFKD).toCharArray()) {
            if (LETTERS.containsKey(c)) {
                out.append(LETTERS.get(c));
            } else if (c < 128) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String pinyin(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, PINYIN);
            return readings == null || readings.length == 0 ? "" : readings[0].replaceAll("[^a-z]", "");
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
