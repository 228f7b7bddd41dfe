package org.papernotes.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;
import org.papernotes.store.TempLibrary;

/** Ranking when more papers match than are ranked exactly (a cap of 3 here instead of thousands). */
class RankedMatchesTest {

    @RegisterExtension
    final TempLibrary temp = new TempLibrary();

    private Library library;

    @BeforeEach
    void open() {
        library = temp.library();
    }

    private List<Long> ranked(String query, int limit, int cap) {
        SearchQuery parsed = SearchQuery.parse(query);
        Map<Long, Double> found = library.read(connection -> RankedMatches.find(connection, MatchExpression.of(parsed),
                new FilterConditions(parsed, PaperFilter.ALL), limit, cap));
        return new ArrayList<>(found.keySet());
    }

    private long add(String title, String note) {
        return library.papers().insert(Paper.titled(title).withNote(note)).id();
    }

    @Test
    void belowTheCapRankingIsByBm25Alone() {
        long once = add("A", "模型 text");
        long often = add("B", "模型 模型 模型");

        assertThat(ranked("模型", 10, 3)).containsExactly(often, once);
    }

    @Test
    void pastTheCapOldTitleMatchesStillComeFirst() {
        long oldTitle = add("模型综述", "survey");
        List<Long> bodies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bodies.add(add("Paper " + i, "我们的模型很好"));
        }

        List<Long> ranked = ranked("模型", 10, 3);

        assertThat(ranked.get(0)).isEqualTo(oldTitle);
        // The three most recently added body matches follow; older ones are past the cap.
        assertThat(ranked.subList(1, ranked.size())).containsExactlyInAnyOrderElementsOf(bodies.subList(2, 5));
    }

    @Test
    void pastTheCapExcludedWordsStillExclude() {
        add("模型 excluded", "survey");
        add("模型 in the title", "the word is excluded in the body");
        for (int i = 0; i < 5; i++) {
            add("Paper " + i, "我们的模型很好");
        }
        long kept = add("模型 kept", "text");

        assertThat(ranked("模型 -excluded", 10, 3).get(0)).isEqualTo(kept);
        assertThat(ranked("模型 -excluded", 10, 3)).hasSize(3);
    }
}
