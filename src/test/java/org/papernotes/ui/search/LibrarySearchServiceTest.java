package org.papernotes.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;

class LibrarySearchServiceTest {

    @TempDir
    Path folder;

    @Test
    void findsWordsInNotesWithMarkedSnippetsAndKeepsTheFilter() {
        try (Library library = Library.open(folder.resolve("library.db"))) {
            library.papers().insert(Paper.titled("Unlearning").withNote("大模型的遗忘问题").withTags(List.of("llm")));
            library.papers().insert(Paper.titled("Other").withNote("遗忘 elsewhere"));
            SearchService search = SearchServices.forLibrary(library);

            List<SearchResult> results = search.search("遗忘", PaperFilter.tagged("llm"), 10);

            assertThat(results).singleElement().satisfies(result -> {
                assertThat(result.paper().title()).isEqualTo("Unlearning");
                assertThat(result.snippet()).contains(new SearchResult.SnippetPart("遗忘", true));
            });
        }
    }
}
