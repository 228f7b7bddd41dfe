package org.papernotes.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.ReadingStatus;
import org.papernotes.model.SearchHit;
import org.papernotes.model.SnippetPart;
import org.papernotes.store.Library;
import org.papernotes.store.TempLibrary;

class SearchIndexTest {

    @RegisterExtension
    final TempLibrary temp = new TempLibrary();

    private Library library;

    @BeforeEach
    void open() {
        library = temp.library();
    }

    private long add(String title, String note, String... tags) {
        return library.papers().insert(Paper.titled(title).withNote(note).withTags(List.of(tags))).id();
    }

    private List<Long> ids(String query) {
        return ids(query, PaperFilter.ALL);
    }

    private List<Long> ids(String query, PaperFilter filter) {
        return library.searchIndex().search(query, filter, 50).stream().map(hit -> hit.paper().id()).toList();
    }

    // ---- Chinese, Japanese, Korean

    @Test
    void twoCharacterChineseWordFindsNoteWithItInsideALongerRun() {
        long unlearning = add("Machine unlearning", "本文提出反学习的遗忘方法。");
        add("Other", "隐私保护的联邦学习。");

        assertThat(ids("遗忘")).containsExactly(unlearning);
    }

    @Test
    void oneChineseCharacterFindsEveryNoteContainingIt() {
        long unlearning = add("Machine unlearning", "本文提出反学习的遗忘方法。");
        long forget = add("Forgetting", "灾难性忘记");
        add("Other", "隐私保护");

        assertThat(ids("忘")).containsExactlyInAnyOrder(unlearning, forget);
    }

    @Test
    void oneChineseCharacterStandingAloneIsFound() {
        long alone = add("Alone", "GPU 的 TPU");

        assertThat(ids("的")).containsExactly(alone);
    }

    @Test
    void longerChineseSubstringSpanningSeveralBigramsIsFound() {
        long unlearning = add("Machine unlearning", "本文提出反学习的遗忘方法。");

        assertThat(ids("学习的遗")).containsExactly(unlearning);
        assertThat(ids("反学习的遗忘方法")).containsExactly(unlearning);
        assertThat(ids("学习遗忘")).isEmpty();
    }

    @Test
    void chineseSubstringDoesNotMatchAcrossPunctuation() {
        add("Habits", "我们学习，习惯很重要");

        assertThat(ids("学习惯")).isEmpty();
        assertThat(ids("习惯")).hasSize(1);
    }

    @Test
    void quotedChinesePhraseMatchesAcrossPunctuationAsWritten() {
        long habits = add("Habits", "我们学习，习惯很重要");

        assertThat(ids("\"学习，习惯\"")).containsExactly(habits);
    }

    @Test
    void japaneseAndKoreanSubstringsAreFound() {
        long japanese = add("Japanese", "機械学習のアンラーニング手法について");
        long korean = add("Korean", "개인정보 보호를 위한 머신 언러닝");

        assertThat(ids("アンラー")).containsExactly(japanese);
        assertThat(ids("ニ")).containsExactly(japanese);
        assertThat(ids("언러닝")).containsExactly(korean);
        assertThat(ids("러")).containsExactly(korean);
    }

    // ---- English

    @Test
    void englishWordFindsLongerWordsItBeginsWhateverTheCase() {
        long unlearning = add("Machine Unlearning", "We study UNLEARNING.");
        add("Learning", "learning to learn");

        assertThat(ids("unlearn")).containsExactly(unlearning);
        assertThat(ids("UNLEARN*")).containsExactly(unlearning);
        assertThat(ids("Unlearning")).containsExactly(unlearning);
    }

    @Test
    void englishWordDoesNotMatchInsideAWord() {
        add("Relearning", "relearning");

        assertThat(ids("learn")).isEmpty();
    }

    @Test
    void mixedChineseAndEnglishQueryNeedsBoth() {
        long both = add("DPO", "我们用 DPO 对齐人类偏好。");
        add("Only DPO", "DPO without the Chinese word");
        add("Only Chinese", "偏好学习");

        assertThat(ids("DPO 偏好")).containsExactly(both);
        assertThat(ids("dpo偏好")).isEmpty();
    }

    @Test
    void chineseAndEnglishWrittenTogetherAreFoundTogether() {
        long together = add("Together", "基于DPO偏好优化");

        assertThat(ids("DPO偏好")).containsExactly(together);
        assertThat(ids("于DPO")).containsExactly(together);
    }

    @Test
    void phraseMatchesOnlyWordsInThatOrder() {
        long phrase = add("A", "direct preference optimization works");
        add("B", "optimization of direct preference");

        assertThat(ids("\"direct preference optimization\"")).containsExactly(phrase);
        assertThat(ids("direct preference optimization")).hasSize(2);
    }

    @Test
    void excludedWordLeavesOutPapersContainingIt() {
        long kept = add("Privacy", "差分隐私 and federated learning");
        add("Privacy too", "差分隐私 and attacks");

        assertThat(ids("隐私 -attacks")).containsExactly(kept);
        assertThat(ids("隐私 -\"attacks\"")).containsExactly(kept);
    }

    @Test
    void queryOfOnlyExcludedWordsListsEveryOtherPaper() {
        long kept = add("Privacy", "federated learning");
        add("Attacks", "membership inference attacks");

        assertThat(ids("-attacks")).containsExactly(kept);
    }

    // ---- filters

    @Test
    void tagStatusYearAndAuthorFiltersRestrictTheMatches() {
        Paper base = Paper.titled("Base").withNote("偏好优化");
        long tagged = library.papers().insert(base.withTitle("Tagged").withTags(List.of("RLHF", "对齐"))).id();
        long read = library.papers().insert(base.withTitle("Read").withStatus(ReadingStatus.READ)).id();
        long old = library.papers().insert(base.withTitle("Old").withYear(2019)).id();
        long recent = library.papers().insert(base.withTitle("Recent").withYear(2024)).id();
        long hinton = library.papers().insert(base.withTitle("Hinton").withAuthors(List.of("Geoffrey Hinton", "张三"))).id();

        assertThat(ids("偏好 tag:rlhf")).containsExactly(tagged);
        assertThat(ids("偏好 tag:对齐")).containsExactly(tagged);
        assertThat(ids("偏好 status:read")).containsExactly(read);
        assertThat(ids("偏好 year:2024")).containsExactly(recent);
        assertThat(ids("偏好 year:2018-2020")).containsExactly(old);
        assertThat(ids("偏好 author:hinton")).containsExactly(hinton);
        assertThat(ids("偏好 author:\"Geoffrey Hinton\"")).containsExactly(hinton);
        assertThat(ids("author:张")).containsExactly(hinton);
        assertThat(ids("偏好 -year:2024")).containsExactlyInAnyOrder(tagged, read, old, hinton);
    }

    @Test
    void queryOfOnlyFiltersListsMatchingPapersMostRecentFirst() {
        long first = add("First", "x", "rlhf");
        long second = add("Second", "y", "rlhf");
        add("Third", "z", "other");
        library.papers().saveNote(first, "x changed");

        assertThat(ids("tag:RLHF")).containsExactly(first, second);
    }

    @Test
    void unknownFilterValuesAreSearchedAsText() {
        long note = add("Status", "the status: maybe later");

        assertThat(ids("status:maybe")).containsExactly(note);
    }

    @Test
    void sidebarFilterCombinesWithTheQuery() {
        Paper base = Paper.titled("Base").withNote("偏好");
        long both = library.papers().insert(base.withTags(List.of("a", "b")).withStatus(ReadingStatus.READING)).id();
        long onlyA = library.papers().insert(base.withTags(List.of("a"))).id();
        long untagged = library.papers().insert(base).id();

        assertThat(ids("偏好", new PaperFilter(List.of("a", "b"), false, Set.of()))).containsExactly(both);
        assertThat(ids("偏好", new PaperFilter(List.of(), true, Set.of()))).containsExactly(untagged);
        assertThat(ids("偏好", new PaperFilter(List.of(), false, Set.of(ReadingStatus.TO_READ))))
                .containsExactlyInAnyOrder(onlyA, untagged);
        assertThat(ids("", PaperFilter.tagged("a"))).containsExactlyInAnyOrder(both, onlyA);
    }

    @Test
    void emptyQueryListsEveryPaper() {
        long a = add("A", "");
        long b = add("B", "");

        assertThat(ids("")).containsExactlyInAnyOrder(a, b);
        assertThat(ids("   ")).containsExactlyInAnyOrder(a, b);
    }

    // ---- ranking and snippets

    @Test
    void titleHitRanksAboveBodyHit() {
        long body = add("Something else", "这篇论文讨论遗忘 in passing, with much more text around it to read.");
        long title = add("机器遗忘综述", "A survey.");

        List<SearchHit> hits = library.searchIndex().search("遗忘", PaperFilter.ALL, 10);

        assertThat(hits).extracting(hit -> hit.paper().id()).containsExactly(title, body);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void tagHitRanksAboveBodyHit() {
        long body = add("One", "we discuss privacy here");
        long tag = add("Two", "nothing", "privacy");

        assertThat(ids("privacy")).containsExactly(tag, body);
    }

    @Test
    void snippetMarksChineseHitsInTheOriginalText() {
        add("Unlearning", "本文提出反学习的遗忘方法，用于删除数据。");

        SearchHit hit = library.searchIndex().search("遗忘", PaperFilter.ALL, 1).get(0);

        assertThat(hit.snippet()).contains(new SnippetPart("遗忘", true));
        assertThat(hit.snippetText()).isEqualTo("本文提出反学习的遗忘方法，用于删除数据。");
    }

    @Test
    void snippetMarksWholeWordsForPrefixAndSingleCharacterHits() {
        add("Unlearning", "Machine unlearning 的 method");

        SearchHit hit = library.searchIndex().search("unlearn 的", PaperFilter.ALL, 1).get(0);

        assertThat(hit.snippet()).filteredOn(SnippetPart::hit).extracting(SnippetPart::text)
                .containsExactly("unlearning", "的");
    }

    @Test
    void snippetOfALongNoteShowsTheHitWithEllipses() {
        String note = "开头".repeat(300) + "\n\n关键的遗忘发生在这里。\n" + "结尾".repeat(300);
        add("Long", note);

        SearchHit hit = library.searchIndex().search("遗忘", PaperFilter.ALL, 1).get(0);

        assertThat(hit.snippet().get(0).text()).startsWith("…");
        assertThat(hit.snippet().get(hit.snippet().size() - 1).text()).endsWith("…");
        assertThat(hit.snippet()).contains(new SnippetPart("遗忘", true));
        assertThat(hit.snippetText()).doesNotContain("\n").hasSizeLessThan(Snippets.LENGTH + 10);
    }

    // ---- the index stays in step

    @Test
    void indexFollowsUpdateOfTitleAndNote() {
        long id = add("隐私", "旧的内容");
        Paper paper = library.papers().get(id);
        library.papers().update(paper.withTitle("偏见").withNote("新的笔记"));

        assertThat(ids("隐私")).isEmpty();
        assertThat(ids("旧的")).isEmpty();
        assertThat(ids("偏见")).containsExactly(id);
        assertThat(ids("笔记")).containsExactly(id);
    }

    @Test
    void indexFollowsSavedNote() {
        long id = add("Paper", "first text");
        library.papers().saveNote(id, "第二版笔记");

        assertThat(ids("first")).isEmpty();
        assertThat(ids("二版")).containsExactly(id);
    }

    @Test
    void indexFollowsDelete() {
        long id = add("隐私", "text");
        library.papers().delete(id);

        assertThat(ids("隐私")).isEmpty();
        assertThat(ids("")).isEmpty();
    }

    @Test
    void indexFollowsTagChanges() {
        long id = add("Paper", "text", "联邦学习");
        library.tags().rename("联邦学习", "federated");
        assertThat(ids("联邦")).isEmpty();
        assertThat(ids("federated")).containsExactly(id);

        library.papers().setTags(id, List.of("privacy"));
        assertThat(ids("federated")).isEmpty();
        assertThat(ids("privacy")).containsExactly(id);

        library.tags().merge(List.of("privacy"), "隐私");
        assertThat(ids("privacy")).isEmpty();
        assertThat(ids("隐私")).containsExactly(id);

        library.tags().delete("隐私");
        assertThat(ids("隐私")).isEmpty();
    }

    @Test
    void reindexRestoresABrokenIndex() {
        long id = add("遗忘", "unlearning");
        add("Other", "text");
        library.read(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("DELETE FROM search_index");
            }
            return null;
        });
        assertThat(ids("遗忘")).isEmpty();

        int indexed = library.searchIndex().reindex();

        assertThat(indexed).isEqualTo(2);
        assertThat(ids("遗忘")).containsExactly(id);
        assertThat(ids("unlearn")).containsExactly(id);
    }

    @Test
    void reopeningALibraryWithAnEmptyIndexRebuildsIt() {
        long id = add("遗忘", "unlearning");
        library.read(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')");
            }
            return null;
        });
        library = temp.reopen();

        assertThat(ids("遗忘")).containsExactly(id);
    }

    // ---- any text is a valid query

    @ParameterizedTest
    @ValueSource(strings = {"\"", "-", "*", "(", ")", "NEAR(", "NEAR(a b)", "AND", "OR", "NOT", "a\"b", "^", ":",
            "a:b", "title:x", "-\"", "\"\"", "--", "- -", "a OR", "NOT a", "{title}: x", "a + b", "😀", "遗忘😀",
            "tag:", "year:abc", "status:", "author:\"", "-tag:", "\\", "'", "%", "_", "a*b*", "**", "遗忘*", "*忘",
            "\u0000", "\uE000", "\uD800"})
    void hostileQueriesNeverThrow(String query) {
        add("Paper", "NEAR AND OR NOT 遗忘 a b");

        assertThatCode(() -> library.searchIndex().search(query, PaperFilter.ALL, 10)).doesNotThrowAnyException();
    }

    @Test
    void operatorWordsAreSearchedAsText() {
        long near = add("Near", "the NEAR operator");
        add("Other", "far away");

        assertThat(ids("NEAR")).containsExactly(near);
        assertThat(ids("near(")).containsExactly(near);
        assertThat(ids("NOT")).isEmpty();
    }

    @Test
    void tenThousandCharacterQueryDoesNotThrow() {
        add("Paper", "遗忘 unlearning");
        String query = "遗忘 unlearning \" ( NEAR * ".repeat(400).substring(0, 10_000);

        assertThatCode(() -> library.searchIndex().search(query, PaperFilter.ALL, 10)).doesNotThrowAnyException();
        assertThatCode(() -> library.searchIndex().search("遗".repeat(10_000), PaperFilter.ALL, 10))
                .doesNotThrowAnyException();
    }

    @Test
    void searchesFromSeveralThreadsWhileNotesAreSavedAllSucceed() throws Exception {
        long id = add("遗忘", "unlearning");
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<SearchHit>>> searches = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                searches.add(executor.submit(() -> {
                    library.papers().saveNote(id, "unlearning " + n);
                    return library.searchIndex().search("遗忘", PaperFilter.ALL, 5);
                }));
            }
            for (Future<List<SearchHit>> search : searches) {
                assertThat(search.get(30, TimeUnit.SECONDS)).extracting(hit -> hit.paper().id()).containsExactly(id);
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
