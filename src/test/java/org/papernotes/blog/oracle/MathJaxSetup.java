package org.papernotes.blog.oracle;

import java.util.List;

/**
 * The two MathJax set-ups academicpages blogs have, as their TeX input is configured. The delimiters, escapes,
 * environments and references are MathJax's own defaults unless the blog's configuration says otherwise.
 */
public enum MathJaxSetup {

    /**
     * MathJax 2.7 as older academicpages forks load it: {@code tex2jax: {inlineMath: [['$','$'], ['\\(','\\)']],
     * processEscapes: true}}; display math stays at its default, {@code $$…$$} and {@code \[…\]}.
     */
    MATHJAX2_DOLLARS(2, List.of(List.of("$", "$"), List.of("\\(", "\\)")), true),

    /** MathJax 3 as the current template loads it ({@code tex-mml-chtml.js}, no configuration). */
    MATHJAX3_DEFAULTS(3, List.of(List.of("\\(", "\\)")), true);

    static final List<List<String>> DISPLAY = List.of(List.of("$$", "$$"), List.of("\\[", "\\]"));
    /** Both versions skip these elements (skipTags in 2, skipHtmlTags in 3). */
    static final List<String> SKIPPED_TAGS = List.of("script", "noscript", "style", "textarea", "pre", "code",
            "annotation", "annotation-xml");

    final int version;
    final List<List<String>> inline;
    final boolean processEscapes;

    MathJaxSetup(int version, List<List<String>> inline, boolean processEscapes) {
        this.version = version;
        this.inline = inline;
        this.processEscapes = processEscapes;
    }

    /** The class that makes MathJax ignore an element's content. */
    String ignoreClass() {
        return version == 2 ? "tex2jax_ignore" : "mathjax_ignore";
    }

    String processClass() {
        return version == 2 ? "tex2jax_process" : "mathjax_process";
    }
}
