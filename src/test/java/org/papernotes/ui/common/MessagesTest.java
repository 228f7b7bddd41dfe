package org.papernotes.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void englishAndChineseHaveTheSameKeys() {
        Set<String> english = Messages.of(Locale.ENGLISH).bundle().keySet();
        Set<String> chinese = Messages.of(Locale.SIMPLIFIED_CHINESE).bundle().keySet();

        assertThat(chinese).isEqualTo(english);
    }

    @Test
    void chineseSystemsGetChineseAndOthersEnglish() {
        assertThat(Messages.of(Locale.forLanguageTag("zh-TW")).get("sidebar.all")).isEqualTo("全部论文");
        assertThat(Messages.of(Locale.GERMANY).get("sidebar.all")).isEqualTo("All papers");
    }

    @Test
    void englishIsEnglishEvenWhenTheSystemIsChinese() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Messages.of(Locale.ENGLISH).get("sidebar.all")).isEqualTo("All papers");
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void everyPatternFormats() {
        for (Locale locale : Messages.SUPPORTED) {
            Messages messages = Messages.of(locale);
            for (String key : messages.bundle().keySet()) {
                assertThat(messages.format(key, 1, 2)).as(key).doesNotContain("{0}").doesNotContain("{1");
            }
        }
    }
}
