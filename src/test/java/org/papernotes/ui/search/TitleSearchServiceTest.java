package org.papernotes.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;

class TitleSearchServiceTest {

    @TempDir
    Path folder;

    @Test
    void findsTitleSubstringsIgnoringCaseIncludingChinese() {
        try (Library library = Library.open(folder.resolve("library.db"))) {
            library.papers().insert(Paper.titled("联邦学习中的隐私保护"));
            library.papers().insert(Paper.titled("Privacy attacks"));
            library.papers().insert(Paper.titled("Other"));
            TitleSearchService search = new TitleSearchService(library);

            assertThat(search.search("隐私", PaperFilter.ALL, 10)).extracting(r -> r.paper().title())
                    .containsExactly("联邦学习中的隐私保护");
            assertThat(search.search("PRIVACY", PaperFilter.ALL, 10)).extracting(r -> r.paper().title())
                    .containsExactly("Privacy attacks");
        }
    }

    @Test
    void queryCharactersOfAnyKindAreSafeAndRespectTheLimit() {
        try (Library library = Library.open(folder.resolve("library.db"))) {
            for (int i = 0; i < 5; i++) {
                library.papers().insert(Paper.titled("Paper \"quoted\" NEAR( * " + i));
            }
            TitleSearchService search = new TitleSearchService(library);

            assertThat(search.search("\"quoted\" NEAR( *", PaperFilter.ALL, 3)).hasSize(3);
            assertThat(search.search("   ", PaperFilter.ALL, 3)).isEmpty();
            assertThat(search.search("x", PaperFilter.tagged("none"), 3)).isEmpty();
        }
    }

    @Test
    void snippetMarksTheMatchedText() {
        try (Library library = Library.open(folder.resolve("library.db"))) {
            library.papers().insert(Paper.titled("Deep Learning"));

            List<SearchResult> results = new TitleSearchService(library).search("learn", PaperFilter.ALL, 10);

            assertThat(results.get(0).snippet()).containsExactly(new SearchResult.SnippetPart("Deep ", false),
                    new SearchResult.SnippetPart("Learn", true), new SearchResult.SnippetPart("ing", false));
        }
    }
}
