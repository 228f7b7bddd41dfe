package org.papernotes.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.papernotes.store.search.SearchQuery.Field;
import org.papernotes.store.search.SearchQuery.Filter;
import org.papernotes.store.search.SearchQuery.Term;

class SearchQueryTest {

    @Test
    void wordsAreSeparateOpenTerms() {
        assertThat(SearchQuery.parse("DPO 偏好").terms())
                .containsExactly(new Term("DPO", false, false, true), new Term("偏好", false, false, true));
    }

    @Test
    void quotedTextIsAClosedPhrase() {
        assertThat(SearchQuery.parse("\"direct preference\" x").terms())
                .containsExactly(new Term("direct preference", true, false, false), new Term("x", false, false, true));
    }

    @Test
    void unclosedQuoteIsAPhraseStillBeingTyped() {
        assertThat(SearchQuery.parse("\"direct pref").terms()).containsExactly(new Term("direct pref", true, false, true));
    }

    @Test
    void leadingMinusExcludes() {
        assertThat(SearchQuery.parse("-attack -\"side channel\"").terms()).containsExactly(
                new Term("attack", false, true, true), new Term("side channel", true, true, false));
    }

    @Test
    void loneMinusIsIgnored() {
        assertThat(SearchQuery.parse(" - ").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("-").isEmpty()).isTrue();
    }

    @Test
    void filtersAreRecognisedWithQuotedValuesAndNegation() {
        assertThat(SearchQuery.parse("tag:\"deep learning\" Status:READ year:2020..2024 author:Hinton -tag:old").filters())
                .containsExactly(
                        new Filter(Field.TAG, "deep learning", false),
                        new Filter(Field.STATUS, "read", false),
                        new Filter(Field.YEAR, "2020..2024", false),
                        new Filter(Field.AUTHOR, "Hinton", false),
                        new Filter(Field.TAG, "old", true));
    }

    @Test
    void filtersWithBadValuesAreText() {
        SearchQuery query = SearchQuery.parse("status:someday year:soon tag: http://example.org");

        assertThat(query.filters()).isEmpty();
        assertThat(query.terms()).extracting(Term::text).containsExactly("status:someday", "year:soon", "tag:",
                "http://example.org");
    }

    @Test
    void ideographicSpaceSeparatesWords() {
        assertThat(SearchQuery.parse("遗忘\u3000隐私").terms()).extracting(Term::text).containsExactly("遗忘", "隐私");
    }

    @Test
    void yearRangeIsOrdered() {
        assertThat(SearchQuery.yearRange("2024-2020")).containsExactly(2020, 2024);
        assertThat(SearchQuery.yearRange("2022")).containsExactly(2022, 2022);
    }

    @Test
    void nullIsTheEmptyQuery() {
        assertThat(SearchQuery.parse(null).isEmpty()).isTrue();
    }
}
