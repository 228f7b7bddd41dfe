package org.papernotes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.papernotes.workflow.TestImages.attach;
import static org.papernotes.workflow.TestImages.png;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.blog.oracle.GitHubPages;
import org.papernotes.model.ImageBytes;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

/**
 * The oracle: the exported post rendered as GitHub Pages renders it (Jekyll's Liquid, then kramdown), and
 * every {@code <img>} of its HTML found in the blog folder with the library's bytes. Skips where Jekyll is missing.
 */
class ExportedImagesOnTheBlogTest {

    private static GitHubPages pages;

    @TempDir
    Path temp;
    Path blog;
    Library library;

    @BeforeAll
    static void findJekyll(@TempDir Path scripts) {
        pages = GitHubPages.find(scripts).orElse(null);
    }

    @BeforeEach
    void open() throws IOException {
        assumeTrue(pages != null, GitHubPages.MISSING);
        library = Library.open(temp.resolve("library.db"));
        blog = Files.createDirectories(temp.resolve("blog"));
    }

    @AfterEach
    void close() {
        if (library != null) {
            library.close();
        }
    }

    @Test
    void everyImageOfTheRenderedPostIsInTheBlogFolderWithTheLibrarysBytes() throws IOException {
        byte[] pasted = png(30, 20, 0x00aa44);
        byte[] diagram = png(12, 8, 0x4400aa);
        byte[] imported = png(10, 10, 0xaa0044);
        Paper paper = library.papers().insert(Paper.titled("保留网络 RetNet").withNote("""
                粘贴的图：

                ![image](attachment:image.png)

                <p align="center"><img src="attachment:方法-图.png" width="60%"></p>

                And the one the imported post had: ![arch]({{ site.baseurl }}/images/paper_RetNet_architecture.png)
                """));
        attach(library, paper.id(), "image.png", pasted);
        attach(library, paper.id(), "方法-图.png", diagram);
        library.attachments().addImage(paper.id(), "paper_RetNet_architecture.png",
                new ImageBytes(imported, "image/png", 10, 10), null, "/images/paper_RetNet_architecture.png");

        new ExportPosts(library, Clock.fixed(Instant.parse("2024-03-05T10:00:00Z"), ZoneOffset.UTC))
                .export(List.of(paper.id()), blog, false, OverwritePolicy.NEVER, BlogProgress.NONE);
        Map<String, GitHubPages.Rendering> rendered = pages.render(blog);

        assertThat(rendered).hasSize(1);
        GitHubPages.Rendering post = rendered.values().iterator().next();
        assertThat(post.failed()).as(post.error()).isFalse();
        List<Element> images = Jsoup.parseBodyFragment(post.html()).select("img");
        assertThat(images).extracting(i -> i.attr("src")).containsExactly("/images/bao-liu-wang-luo-retnet/image.png",
                "/images/bao-liu-wang-luo-retnet/方法-图.png", "/images/paper_RetNet_architecture.png");
        Map<String, byte[]> expected = Map.of("image.png", pasted, "方法-图.png", diagram,
                "paper_RetNet_architecture.png", imported);
        for (Element image : images) {
            Path file = blog.resolve(org.papernotes.model.ImageLink.percentDecode(image.attr("src").substring(1)));
            String name = file.getFileName().toString();
            assertThat(file).as(image.attr("src")).exists().hasBinaryContent(expected.get(name));
        }
    }
}
