package org.papernotes.ui.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.git.ChangedFile;
import org.papernotes.git.GitAccess;
import org.papernotes.git.GitException;
import org.papernotes.git.GitMessage;
import org.papernotes.git.PublishProgress;
import org.papernotes.store.Library;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.workflow.PostsExportStep;
import org.papernotes.workflow.Publish;

/**
 * The publish dialog's state: the blog folder (remembered per library) and whether it can be published from, the
 * papers, the user's other changes (listed, never committed), then the publish itself with its steps and its
 * outcome (the commit, the post's address) or the one reason it stopped.
 */
public final class PublishViewModel {

    /** A paper to publish. */
    public record Item(long id, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** Where the dialog is. */
    public enum Phase { CHECKING, READY, BLOCKED, RUNNING, DONE, FAILED }

    private final Library library;
    private final UiExecutors executors;
    private final Executor worker;
    private final Supplier<GitAccess> access;
    private final Runnable onPublished;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.CHECKING);
    private final ReadOnlyObjectWrapper<Publish.Readiness> readiness = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GitMessage> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PublishProgress.Step> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Publish.Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ExportReport> exportReport = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Item> papers = FXCollections.observableArrayList();
    private final ObservableList<ChangedFile> otherChanges = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty push = new SimpleBooleanProperty(true);
    private long checkRequest;

    PublishViewModel(Library library, UiExecutors executors, Executor worker, Supplier<GitAccess> access,
                     List<Item> papers, Runnable onPublished) {
        this.library = library;
        this.executors = executors;
        this.worker = worker;
        this.access = access;
        this.onPublished = onPublished;
        this.papers.setAll(papers);
        folder.addListener((o, old, now) -> check());
    }

    /** Reads the remembered blog folder (unless one was chosen already), then checks it. */
    public void load() {
        executors.run(() -> Publish.rememberedBlogFolder(library).orElse(null), remembered -> {
            if (folder.get() == null && remembered != null) {
                folder.set(remembered);
            } else if (folder.get() == null) {
                phase.set(Phase.BLOCKED);
            }
        }, e -> fail(ErrorMessages.of(e)));
    }

    // 'folder' property: the blog checkout chosen
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The checkout's configuration and state, once checked. */
    public ReadOnlyObjectProperty<Publish.Readiness> readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    /** Why the folder cannot be published from, or why the publish stopped; null when it can. */
    public ReadOnlyObjectProperty<GitMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A failure that is not git's (the export's own); empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The step the running publish is at. */
    public ReadOnlyObjectProperty<PublishProgress.Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Publish.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** What the export did (also when the commit or push then failed). */
    public ReadOnlyObjectProperty<ExportReport> exportReportProperty() {
        return exportReport.getReadOnlyProperty();
    }

    public ObservableList<Item> papers() {
        return papers;
    }

    /** The user's own changes in the checkout, which the publish leaves alone. */
    public ObservableList<ChangedFile> otherChanges() {
        return otherChanges;
    }

    // 'message' property: the commit message typed; empty for the default one
    public StringProperty messageProperty() {
        return message;
    }

    // 'push' property: push to the upstream (else commit only)
    public BooleanProperty pushProperty() {
        return push;
    }

    /** Reads whether the chosen folder can be published from (no network). */
    public void check() {
        Path chosen = folder.get();
        long request = ++checkRequest;
        phase.set(Phase.CHECKING);
        problem.set(null);
        error.set("");
        readiness.set(null);
        otherChanges.clear();
        if (chosen == null) {
            phase.set(Phase.BLOCKED);
            return;
        }
        List<Long> ids = papers.stream().map(Item::id).toList();
        worker.execute(() -> {
            try {
                Publish.Readiness ready = new Publish(access.get()).check(chosen);
                // The posts of these papers are the publish's own (a failed publish may have written them), not others.
                Set<String> own = ids.stream().map(id -> library.papers().find(id))
                        .flatMap(Optional::stream).map(paper -> paper.blog().lastExportPath())
                        .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
                List<ChangedFile> others = ready.status().uncommitted().stream()
                        .filter(change -> !own.contains(change.path())).toList();
                executors.fx().execute(() -> {
                    if (request == checkRequest) {
                        readiness.set(ready);
                        otherChanges.setAll(others);
                        phase.set(Phase.READY);
                    }
                });
            } catch (GitException e) {
                executors.fx().execute(() -> {
                    if (request == checkRequest) {
                        problem.set(e.reason());
                        phase.set(Phase.BLOCKED);
                    }
                });
            } catch (RuntimeException e) {
                executors.fx().execute(() -> fail(ErrorMessages.of(e)));
            }
        });
    }

    /**
     * Exports the papers, commits what the export wrote or removed and pushes it. Files PaperNotes did not write
     * are skipped, not overwritten (Export to blog… asks about them).
     *
     * @return false when the dialog is not ready to publish
     */
    public boolean publish() {
        // After a failure the checkout is as it was, so publishing again is safe (everything is checked again).
        boolean retry = phase.get() == Phase.FAILED && readiness.get() != null;
        if ((phase.get() != Phase.READY && !retry) || papers.isEmpty()) {
            return false;
        }
        Path chosen = folder.get();
        List<Long> ids = papers.stream().map(Item::id).toList();
        Optional<String> text = Optional.of(message.get().strip()).filter(m -> !m.isEmpty());
        boolean pushing = push.get();
        phase.set(Phase.RUNNING);
        outcome.set(null);
        exportReport.set(null);
        problem.set(null);
        error.set("");
        // Through the store thread first, so that the open paper's pending edits are in the library.
        executors.store().execute(() -> worker.execute(() -> {
            PostsExportStep export = new PostsExportStep(library, ids, chosen, false,
                    PostsExportStep.OWN_POSTS, BlogProgress.NONE);
            try {
                Publish.Outcome done = new Publish(access.get()).run(chosen, export, text, pushing,
                        now -> executors.fx().execute(() -> step.set(now)));
                executors.fx().execute(() -> {
                    exportReport.set(export.report());
                    outcome.set(done);
                    otherChanges.setAll(done.result().otherChanges());
                    phase.set(Phase.DONE);
                    onPublished.run();
                });
            } catch (GitException e) {
                executors.fx().execute(() -> {
                    exportReport.set(export.report());
                    problem.set(e.reason());
                    phase.set(Phase.FAILED);
                    onPublished.run();
                });
            } catch (java.io.IOException | RuntimeException e) {
                String text2 = e instanceof java.io.IOException && e.getMessage() != null ? e.getMessage() : ErrorMessages.of(e);
                executors.fx().execute(() -> {
                    exportReport.set(export.report());
                    fail(text2);
                });
            }
        }));
        return true;
    }

    private void fail(String text) {
        error.set(text == null ? "" : text);
        phase.set(Phase.FAILED);
    }
}
