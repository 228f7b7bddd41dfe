package org.papernotes.ui.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.ImportReport;
import org.papernotes.ui.common.Messages;

/** Every reason of the blog package has a text in both languages, and the report lines use them. */
class BlogReasonsTest {

    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);
    private static final Messages CHINESE = Messages.of(Locale.SIMPLIFIED_CHINESE);

    /** A message of the code with distinct arguments ("A0", "A1"…), so that each placeholder is checked. */
    private static BlogMessage sample(BlogMessage.Code code) {
        return new BlogMessage(code, IntStream.range(0, code.arity()).mapToObj(i -> "A" + i).toList());
    }

    @Test
    void everyCodeHasAChineseTextWithAllItsArguments() {
        for (BlogMessage.Code code : BlogMessage.Code.values()) {
            assertThat(CHINESE.bundle().containsKey(BlogReasons.key(code))).as(code.name()).isTrue();
            String text = BlogReasons.text(CHINESE, sample(code));
            for (int i = 0; i < code.arity(); i++) {
                assertThat(text).as(code.name()).contains("A" + i);
            }
            if (code != BlogMessage.Code.OTHER) {
                assertThat(text).as(code.name()).isNotEqualTo(sample(code).english())
                        .matches(t -> t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
            }
        }
    }

    @Test
    void theEnglishInterfaceSaysWhatTheCommandLinePrints() {
        for (BlogMessage.Code code : BlogMessage.Code.values()) {
            assertThat(ENGLISH.bundle().containsKey(BlogReasons.key(code))).as(code.name()).isTrue();
            assertThat(BlogReasons.text(ENGLISH, sample(code))).as(code.name()).isEqualTo(sample(code).english());
        }
    }

    @Test
    void theSlugFieldsReasonsReadInChinese() {
        assertThat(BlogReasons.text(CHINESE, BlogMessage.of(BlogMessage.Code.SLUG_TAKEN, "attention")))
                .isEqualTo("另一篇论文的文章已使用网址别名“attention”。请另选一个。");
        assertThat(BlogReasons.text(CHINESE, BlogMessage.of(BlogMessage.Code.SLUG_EMPTY)))
                .isEqualTo("网址别名至少需要一个字母或数字（a–z、0–9）。");
    }

    @Test
    void exportLineGivesTheSkipReasonInChinese() {
        ExportReport.Entry skipped = new ExportReport.Entry(1, "遗忘 in LLMs", Path.of("/blog/_posts/2024-03-01-x.md"),
                ExportReport.Outcome.SKIPPED, BlogMessage.of(BlogMessage.Code.NOT_WRITTEN_BY_PAPERNOTES), 0);

        assertThat(BlogReasons.exportLine(CHINESE, skipped))
                .isEqualTo("已跳过：“遗忘 in LLMs” → 2024-03-01-x.md\n    那里已有一个不是 PaperNotes 写的文件");
    }

    @Test
    void importLineGivesFailureAndWarningsInChinese() {
        ImportReport.Entry failed = new ImportReport.Entry(Path.of("2024-04-01-x.md"), ImportReport.Outcome.FAILED, 0,
                null, List.of(), BlogMessage.of(BlogMessage.Code.NO_FRONT_MATTER));
        ImportReport.Entry warned = new ImportReport.Entry(Path.of("2023-11-27-y.md"), ImportReport.Outcome.IMPORTED, 5,
                "Y", List.of(BlogMessage.of(BlogMessage.Code.TWO_DIGIT_YEAR, "23-11-27", 2023)), null);

        assertThat(BlogReasons.importLine(CHINESE, failed)).isEqualTo("失败：2024-04-01-x.md —— 文件没有 front matter（必须以一行“---”开头）。");
        assertThat(BlogReasons.importLine(CHINESE, warned)).endsWith("\n注意：“23-11-27”中的两位数年份被读作 2023");
    }
}
