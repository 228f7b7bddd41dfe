package org.papernotes.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blog's MathJax set-up, read from its includes, layouts and _config.yml. */
class BlogMathTest {

    @TempDir
    Path blog;

    private BlogMath with(String file, String text) throws IOException {
        Files.createDirectories(blog.resolve(file).getParent());
        Files.writeString(blog.resolve(file), text);
        return BlogMath.of(blog);
    }

    @Test
    void theCurrentTemplatesMathJax3FindsNoSingleDollars() throws IOException {
        BlogMath math = with("_includes/head/custom.html", "<!-- Support for MatJax -->\n<script id=\"MathJax-script\" async "
                + "src=\"https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js\"></script>\n");

        assertThat(math).isEqualTo(new BlogMath(BlogMath.Kind.MATHJAX3, "_includes/head/custom.html"));
        assertThat(math.findsDollars()).isFalse();
    }

    @Test
    void anOlderForksMathJax2ConfiguredForDollarsFindsThem() throws IOException {
        BlogMath math = with("_includes/scripts.html", "<script type=\"text/x-mathjax-config\">\nMathJax.Hub.Config({\n"
                + "  tex2jax: {\n    inlineMath: [ ['$','$'], [\"\\\\(\",\"\\\\)\"] ],\n    processEscapes: true\n  }\n});\n</script>\n"
                + "<script src='https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.4/latest.js?config=TeX-MML-AM_CHTML' async></script>\n");

        assertThat(math.kind()).isEqualTo(BlogMath.Kind.MATHJAX2_DOLLARS);
        assertThat(math.findsDollars()).isTrue();
    }

    @Test
    void mathJax3ConfiguredForDollarsInALayout() throws IOException {
        BlogMath math = with("_layouts/default.html", "<script>MathJax = {tex: {inlineMath: [['$', '$'], ['\\\\(', '\\\\)']]}};"
                + "</script>\n<script src=\"https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-chtml.js\"></script>\n");

        assertThat(math.kind()).isEqualTo(BlogMath.Kind.MATHJAX3_DOLLARS);
    }

    @Test
    void aCommentedOutScriptLoadsNothing() throws IOException {
        assertThat(with("_includes/head/custom.html", "<!-- <script src=\"https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js\">"
                + "</script> -->\n<link rel=\"stylesheet\" href=\"x.css\">\n").kind()).isEqualTo(BlogMath.Kind.NONE);
    }

    @Test
    void aFolderWithoutIncludesOrConfigIsNotKnown() {
        assertThat(BlogMath.of(blog)).isEqualTo(BlogMath.UNKNOWN);
        assertThat(BlogMath.of(null)).isEqualTo(BlogMath.UNKNOWN);
    }
}
