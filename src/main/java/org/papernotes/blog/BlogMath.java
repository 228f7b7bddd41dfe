package org.papernotes.blog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How a blog checkout typesets math, read from its {@code _includes/}, {@code _layouts/} and {@code _config.yml}:
 * which MathJax it loads and whether it is configured to find {@code $…$}. The current academicpages template
 * loads MathJax 3 ({@code tex-mml-chtml.js}) with no configuration, which finds {@code \(…\)}, {@code \[…\]} and
 * {@code $$…$$} but not {@code $…$}; older forks load MathJax 2 with {@code tex2jax: {inlineMath: [['$','$'], …]}}.
 *
 * @param kind where the blog stands
 * @param file the file (relative to the checkout) that loads or configures MathJax; null when none does
 */
public record BlogMath(Kind kind, String file) {

    /** The set-ups a blog can have. */
    public enum Kind {
        /** MathJax 2 configured to find {@code $…$}. */
        MATHJAX2_DOLLARS(true),
        /** MathJax 2 with its default delimiters ({@code \(…\)} inline). */
        MATHJAX2(false),
        /** MathJax 3 configured to find {@code $…$}. */
        MATHJAX3_DOLLARS(true),
        /** MathJax 3 with no configuration, as the current template. */
        MATHJAX3(false),
        /** No MathJax is loaded: no math is typeset. */
        NONE(false),
        /** No blog is known yet: PaperNotes writes for the current template. */
        UNKNOWN(false);

        private final boolean findsDollars;

        Kind(boolean findsDollars) {
            this.findsDollars = findsDollars;
        }

        /** Whether {@code $…$} is math on such a blog. */
        public boolean findsDollars() {
            return findsDollars;
        }
    }

    /** A blog not chosen yet, or one that could not be read. */
    public static final BlogMath UNKNOWN = new BlogMath(Kind.UNKNOWN, null);

    private static final Pattern MATHJAX_SCRIPT = Pattern.compile(
            "<script[^>]*\\bsrc\\s*=\\s*[\"']?([^\"'\\s>]*mathjax[^\"'\\s>]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOLLAR_INLINE = Pattern.compile(
            "inlineMath\\s*:\\s*\\[\\s*\\[\\s*['\"]\\$['\"]", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION_3 = Pattern.compile("mathjax@3|mathjax/3|/es5/|tex-(mml-)?(chtml|svg)",
            Pattern.CASE_INSENSITIVE);
    private static final long MAX_FILE = 1024 * 1024;

    /** What the set-up means for a post, in English (the command line's words; the window has its own). */
    public String english() {
        String where = file == null ? "" : " (" + file + ")";
        return switch (kind) {
            case MATHJAX2_DOLLARS -> "MathJax 2 configured for $...$" + where + ": $...$, $$...$$ and \\(...\\) are math";
            case MATHJAX2 -> "MathJax 2" + where + ": $...$ is not math; $$...$$ and \\(...\\) are";
            case MATHJAX3_DOLLARS -> "MathJax 3 configured for $...$" + where + ": $...$, $$...$$ and \\(...\\) are math";
            case MATHJAX3 -> "MathJax 3" + where + ": $...$ is not math; $$...$$ and \\(...\\) are";
            case NONE -> "no MathJax found in _includes/ or _layouts/: the blog shows no math";
            case UNKNOWN -> "not known: posts are written for the template's MathJax 3, where $...$ is not math";
        };
    }

    /** Whether {@code $…$} is math on this blog. */
    public boolean findsDollars() {
        return kind.findsDollars();
    }

    /** Reads the set-up of the blog checkout at {@code blog}; {@link #UNKNOWN} when it has no such files. */
    public static BlogMath of(Path blog) {
        if (blog == null || !Files.isDirectory(blog)) {
            return UNKNOWN;
        }
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("_includes", "_layouts")) {
            Path dir = blog.resolve(folder);
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(dir, 4)) {
                    walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                            .filter(f -> f.getFileName().toString().matches("(?i).+\\.(html|liquid|js)"))
                            .sorted().forEach(files::add);
                } catch (IOException | RuntimeException e) {
                    // an unreadable folder tells nothing; the others still may
                }
            }
        }
        Path config = blog.resolve("_config.yml");
        if (Files.isRegularFile(config)) {
            files.add(config);
        }
        if (files.isEmpty()) {
            return UNKNOWN;
        }
        String scriptFile = null;
        String scriptUrl = null;
        String dollarFile = null;
        for (Path file : files) {
            String text = read(file);
            if (text == null || text.toLowerCase(Locale.ROOT).indexOf("mathjax") < 0) {
                continue;
            }
            String name = blog.relativize(file).toString().replace('\\', '/');
            Matcher script = MATHJAX_SCRIPT.matcher(withoutHtmlComments(text));
            if (scriptUrl == null && script.find()) {
                scriptUrl = script.group(1);
                scriptFile = name;
            }
            if (dollarFile == null && DOLLAR_INLINE.matcher(withoutHtmlComments(text)).find()) {
                dollarFile = name;
            }
        }
        if (scriptUrl == null) {
            return new BlogMath(Kind.NONE, null);
        }
        boolean three = VERSION_3.matcher(scriptUrl).find();
        if (dollarFile != null) {
            return new BlogMath(three ? Kind.MATHJAX3_DOLLARS : Kind.MATHJAX2_DOLLARS, dollarFile);
        }
        return new BlogMath(three ? Kind.MATHJAX3 : Kind.MATHJAX2, scriptFile);
    }

    private static String withoutHtmlComments(String text) {
        return text.replaceAll("(?s)<!--.*?-->", "");
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE) {
                return null;
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
