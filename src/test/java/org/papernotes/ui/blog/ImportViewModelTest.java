package org.papernotes.ui.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.ImportReport;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;
import org.papernotes.ui.ManualScheduler;

class ImportViewModelTest {

    static final String GOOD = """
            ---
            title: '遗忘 in LLMs'
            date: 2024-03-01
            permalink: /posts/2024/03/forgetting/
            tags:
              - llm
            ---

            Body with $x$.""";
    static final String BROKEN = """
            ---
            title: 'Broken
            date: 2024-04-02
            ---

            Body""";

    @TempDir
    Path temp;
    private Library library;
    private Path posts;
    private final List<ImportReport> finished = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        library = Library.open(temp.resolve("library.db"));
        posts = Files.createDirectories(temp.resolve("blog/_posts"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private ImportViewModel importer() {
        return new ImportViewModel(library, new ManualScheduler().executors(), Runnable::run, finished::add);
    }

    @Test
    void goodPostsImportAndEachBadFileIsReportedWithItsReason() throws IOException {
        Files.writeString(posts.resolve("2024-03-01-forgetting.md"), GOOD);
        Files.writeString(posts.resolve("2024-04-02-broken.md"), BROKEN);
        ImportViewModel viewModel = importer();
        viewModel.paths().setAll(temp.resolve("blog"));

        assertThat(viewModel.importPosts()).isTrue();

        ImportReport report = viewModel.reportProperty().get();
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        ImportReport.Entry failed = report.entries().stream()
                .filter(e -> e.outcome() == ImportReport.Outcome.FAILED).findFirst().orElseThrow();
        assertThat(failed.file().getFileName().toString()).isEqualTo("2024-04-02-broken.md");
        assertThat(failed.problem()).isNotNull();
        assertThat(finished).containsExactly(report);
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        assertThat(library.papers().list(PaperFilter.ALL)).extracting(p -> p.title()).containsExactly("遗忘 in LLMs");
    }

    @Test
    void importingTheSamePostAgainLeavesItUnchanged() throws IOException {
        Files.writeString(posts.resolve("2024-03-01-forgetting.md"), GOOD);
        ImportViewModel viewModel = importer();
        viewModel.paths().setAll(posts.resolve("2024-03-01-forgetting.md"));
        viewModel.importPosts();

        viewModel.importPosts();

        assertThat(viewModel.reportProperty().get().unchanged()).isEqualTo(1);
        assertThat(library.papers().count()).isEqualTo(1);
    }

    @Test
    void cancelKeepsWhatWasReadAndSaysSo() throws IOException {
        for (int i = 10; i < 30; i++) {
            Files.writeString(posts.resolve("2024-03-" + i + "-post-" + i + ".md"),
                    GOOD.replace("forgetting", "post-" + i).replace("遗忘", "Post " + i));
        }
        ImportViewModel viewModel = importer();
        viewModel.paths().setAll(posts);
        viewModel.progressProperty().addListener((o, old, now) -> {
            if (now.doubleValue() >= 0.25) {
                viewModel.cancel();
            }
        });

        viewModel.importPosts();

        ImportReport report = viewModel.reportProperty().get();
        assertThat(report.cancelled()).isTrue();
        assertThat(report.imported()).isBetween(1L, 19L);
        assertThat(library.papers().count()).isEqualTo((int) report.imported());
    }

    @Test
    void aPathThatIsNotThereFailsAloneAndNothingChosenDoesNotStart() {
        ImportViewModel viewModel = importer();
        assertThat(viewModel.importPosts()).isFalse();

        viewModel.paths().setAll(temp.resolve("nowhere"));
        viewModel.importPosts();

        assertThat(viewModel.reportProperty().get().failed()).isEqualTo(1);
        assertThat(viewModel.reportProperty().get().entries().get(0).problem().english()).contains("nowhere");
    }
}
