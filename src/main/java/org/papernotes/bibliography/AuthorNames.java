package org.papernotes.bibliography;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Author names as PaperNotes stores them: each one string, written the way a reader expects — "Ashish Vaswani",
 * "张三", or "van der Ploeg, Atze" where "First Last" would not say which words are the surname — and always a
 * valid BibTeX name, so that BibTeX and biber read it back into the same parts.
 */
final class AuthorNames {

    /** Two-character Chinese surnames; any other Chinese name's surname is its first character. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "轩辕", "澹台");

    private AuthorNames() {
    }

    /** A BibTeX name list split at its top-level "and"s (braced groups such as {Barnes and Noble} stay whole). */
    static List<String> splitBibtexList(String latex) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && Character.isWhitespace(c) && latex.regionMatches(true, i + 1, "and", 0, 3)
                    && i + 4 < latex.length() && Character.isWhitespace(latex.charAt(i + 4))) {
                names.add(latex.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        names.add(latex.substring(start));
        return names.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /** One BibTeX name (LaTeX) as stored. */
    static String fromBibtex(String latex) {
        String name = latex.strip();
        if (isBracedWhole(name)) {
            // A corporate or otherwise protected name: the braces say "do not split", so they are kept.
            return "{" + LatexText.decode(name.substring(1, name.length() - 1)) + "}";
        }
        List<String> parts = topLevelCommaParts(name);
        if (parts.size() == 2) {
            String last = LatexText.decode(parts.get(0));
            String first = LatexText.decode(parts.get(1));
            if (first.isEmpty()) {
                return last;
            }
            // Kept as the .bib writes it, so that exporting gives the same name back.
            return last + ", " + first;
        }
        if (parts.size() >= 3) {
            return String.join(", ", parts.stream().map(LatexText::decode).toList());
        }
        return LatexText.decode(name);
    }

    /** A name from CSL-JSON's parts. */
    static String fromCsl(String family, String given, String literal, String suffix, String particle) {
        if (family == null || family.isBlank()) {
            if (literal != null && !literal.isBlank()) {
                return literal.strip().contains(" ") && !isHan(literal) ? "{" + literal.strip() + "}" : literal.strip();
            }
            return given == null ? "" : given.strip();
        }
        String last = (particle == null || particle.isBlank() ? "" : particle.strip() + " ") + family.strip();
        String first = given == null ? "" : given.strip();
        if (isHan(last) && (first.isEmpty() || isHan(first))) {
            return last + first; // 张 + 三: family first, no space, as written in Chinese
        }
        if (suffix != null && !suffix.isBlank()) {
            return last + ", " + suffix.strip() + ", " + first;
        }
        if (first.isEmpty()) {
            return last;
        }
        return isOneWord(last) ? first + " " + last : last + ", " + first;
    }

    /** The stored name as a BibTeX name. */
    static String toBibtex(String stored, LatexText.Encoding encoding) {
        String name = stored.strip();
        if (isBracedWhole(name)) {
            return "{" + LatexText.encode(name.substring(1, name.length() - 1), encoding, false) + "}";
        }
        String encoded = String.join(", ", topLevelCommaParts(name).stream()
                .map(part -> LatexText.encode(part, encoding, false)).toList());
        // A name that holds the word "and" would be split there by BibTeX.
        return splitBibtexList(encoded).size() > 1 ? "{" + encoded + "}" : encoded;
    }

    /** The surname, as written: the part before a comma, the last word, or a Chinese name's family name. */
    static String surname(String stored) {
        String name = stored.strip();
        if (isBracedWhole(name)) {
            return name.substring(1, name.length() - 1);
        }
        List<String> parts = topLevelCommaParts(name);
        if (parts.size() >= 2) {
            return parts.get(0);
        }
        if (isHan(name) && !name.contains(" ")) {
            return name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? name.substring(0, 2)
                    : name.substring(0, Math.min(1, name.length()));
        }
        String[] words = name.split("\\s+");
        int last = words.length - 1;
        while (last > 0 && words[last].replace(".", "").toLowerCase(Locale.ROOT).matches("jr|sr|ii|iii|iv")) {
            last--;
        }
        return words[last];
    }

    /**
     * The name as running text writes it: "Vaswani, Ashish" → "Ashish Vaswani", "King, Jr., Martin" → "Martin King
     * Jr."; protecting braces dropped. A name list of BibTeX-ordered names joined by commas could not be read.
     */
    static String displayName(String stored) {
        String name = stored.strip();
        if (isBracedWhole(name)) {
            return name.substring(1, name.length() - 1);
        }
        List<String> parts = topLevelCommaParts(name);
        String shown = parts.size() == 2 && !parts.get(1).isEmpty() ? parts.get(1) + " " + parts.get(0)
                : parts.size() == 3 ? parts.get(2) + " " + parts.get(0) + " " + parts.get(1)
                : name;
        return shown.replace("{", "").replace("}", "");
    }

    /** A Chinese name's given name (张三 → 三), or empty for other names. */
    static String chineseGivenName(String stored) {
        String name = stored.strip();
        if (!isHan(name) || name.contains(" ") || name.contains(",")) {
            return "";
        }
        return name.substring(surname(name).length());
    }

    static boolean isHan(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '·')
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean isOneWord(String text) {
        return !text.isEmpty() && !text.contains(" ") && !text.contains(",");
    }

    private static boolean isBracedWhole(String name) {
        if (name.length() < 2 || name.charAt(0) != '{' || name.charAt(name.length() - 1) != '}') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0 && i < name.length() - 1) {
                return false;
            }
        }
        return true;
    }

    private static List<String> topLevelCommaParts(String name) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(name.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(name.substring(start).strip());
        return parts;
    }
}
