package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.papernotes.model.Paper;
import org.papernotes.model.TagCount;

class TagRepositoryTest {

    @RegisterExtension
    final TempLibrary temp = new TempLibrary();

    private Library library;
    private long first;
    private long second;

    @BeforeEach
    void open() {
        library = temp.library();
        first = library.papers().insert(Paper.titled("One").withTags(List.of("llm", "unlearning"))).id();
        second = library.papers().insert(Paper.titled("Two").withTags(List.of("LLMs", "privacy"))).id();
        library.papers().insert(Paper.titled("Three"));
    }

    @Test
    void countsListEveryTagWithItsPapers() {
        assertThat(library.tags().counts()).containsExactly(new TagCount("llm", 1), new TagCount("LLMs", 1),
                new TagCount("privacy", 1), new TagCount("unlearning", 1));
        assertThat(library.tags().untaggedCount()).isEqualTo(1);
    }

    @Test
    void renameChangesTheTagOnEveryPaper() {
        library.tags().rename("unlearning", "遗忘");
        assertThat(library.papers().get(first).tags()).containsExactly("llm", "遗忘");
    }

    @Test
    void renameOntoAnExistingTagMerges() {
        library.tags().rename("LLMs", "llm");
        assertThat(library.papers().get(second).tags()).containsExactly("llm", "privacy");
        assertThat(library.tags().counts()).contains(new TagCount("llm", 2)).extracting(TagCount::name).doesNotContain("LLMs");
    }

    @Test
    void mergeMovesPapersAndKeepsEachTagOnce() {
        library.papers().setTags(first, List.of("llm", "LLMs", "unlearning"));
        library.tags().merge(List.of("LLMs", "llm"), "large-language-models");
        assertThat(library.papers().get(first).tags()).containsExactly("large-language-models", "unlearning");
        assertThat(library.papers().get(second).tags()).containsExactly("large-language-models", "privacy");
        assertThat(library.tags().counts()).contains(new TagCount("large-language-models", 2));
    }

    @Test
    void deleteRemovesTheTagButKeepsThePapers() {
        library.tags().delete("privacy");
        assertThat(library.papers().get(second).tags()).containsExactly("LLMs");
        assertThat(library.papers().count()).isEqualTo(3);
    }

    @Test
    void unknownTagIsReported() {
        assertThatThrownBy(() -> library.tags().rename("nope", "x")).isInstanceOf(LibraryException.class)
                .hasMessageContaining("No tag named \"nope\"");
        assertThatThrownBy(() -> library.tags().rename("llm", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
