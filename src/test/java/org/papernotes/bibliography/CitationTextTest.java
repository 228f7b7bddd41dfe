package org.papernotes.bibliography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papernotes.model.Paper;

class CitationTextTest {

    @Test
    void aReferenceListsBibtexOrderedNamesAsTheyAreRead() {
        Paper paper = Paper.titled("Attention Is All You Need").withYear(2017)
                .withAuthors(List.of("Vaswani, Ashish", "Shazeer, Noam", "King, Jr., Martin", "{Google Brain}", "张三"));

        assertThat(CitationText.reference(paper)).isEqualTo(
                "Ashish Vaswani, Noam Shazeer, Martin King Jr., Google Brain, 张三 (2017). Attention Is All You Need.");
    }

    @Test
    void aReferenceKeepsNamesWrittenGivenNameFirst() {
        Paper paper = Paper.titled("Direct Preference Optimization").withYear(2023)
                .withAuthors(List.of("Rafael Rafailov", "Archit Sharma"));

        assertThat(CitationText.reference(paper)).isEqualTo(
                "Rafael Rafailov, Archit Sharma (2023). Direct Preference Optimization.");
    }

    @Test
    void theTextCitationUsesSurnames() {
        Paper paper = Paper.titled("Attention").withYear(2017).withAuthors(List.of("Vaswani, Ashish", "Noam Shazeer"));

        assertThat(CitationText.inText(paper)).isEqualTo("Vaswani & Shazeer, 2017");
    }
}
