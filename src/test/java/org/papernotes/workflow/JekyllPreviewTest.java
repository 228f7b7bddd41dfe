package org.papernotes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a small blog with the Jekyll installed here (skipped, with a message, where there is none). */
class JekyllPreviewTest {

    static final String POST = "_posts/2024-01-18-first.md";

    @TempDir
    Path temp;

    Path blog(String config) throws Exception {
        Path blog = Files.createDirectories(temp.resolve("blog"));
        Files.writeString(blog.resolve("_config.yml"), config);
        Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(blog.resolve(POST), "---\ntitle: First\npermalink: /posts/2024/01/first/\n---\n"
                + "A *kramdown* paragraph with $$x^2$$.\n");
        return blog;
    }

    JekyllPreview jekyll(Path blog) {
        Optional<JekyllPreview> found = JekyllPreview.find(blog);
        assumeThat(found).as("Jekyll is not installed (apt install jekyll)").isPresent();
        return found.get();
    }

    @Test
    void buildsTheBlogAndFindsThePostsPageByItsPermalink() throws Exception {
        Path blog = blog("title: Test\nurl: https://ada.github.io\nmarkdown: kramdown\n");

        Path page = jekyll(blog).build(blog, POST, temp.resolve("site"));

        assertThat(page).isEqualTo(temp.resolve("site/posts/2024/01/first/index.html"));
        assertThat(Files.readString(page)).contains("<em>kramdown</em>").contains("x^2");
        assertThat(blog.resolve("_site")).doesNotExist();
    }

    @Test
    void pluginsThisMachineLacksAreLeftOutRatherThanFailingTheBuild() throws Exception {
        Path blog = blog("title: Test\nplugins:\n  - jekyll-plugin-nobody-has-installed\n");

        Path page = jekyll(blog).build(blog, POST, temp.resolve("site"));

        assertThat(Files.readString(page)).contains("<em>kramdown</em>");
    }
}
