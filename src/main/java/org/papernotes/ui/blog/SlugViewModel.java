package org.papernotes.ui.blog;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.InvalidSlugException;
import org.papernotes.blog.Slugs;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;
import org.papernotes.workflow.ExportPosts;

/**
 * The open paper's slug (the post's URL part): the one set or published, or for a paper never exported the
 * one export would give it, as a suggestion. A typed slug is stored on commit (Enter, focus leaving) through
 * {@link ExportPosts#setSlug}, which cleans it to the slug rule.
 */
public final class SlugViewModel {

    private final UiExecutors executors;
    private final PaperViewModel paper;
    private final ExportPosts exporter;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BlogMessage> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper published = new ReadOnlyBooleanWrapper();
    private long shownId = -1;
    private String shownSlug;
    private String suggestedForTitle;

    SlugViewModel(Library library, UiExecutors executors, PaperViewModel paper) {
        this.executors = executors;
        this.paper = paper;
        this.exporter = new ExportPosts(library);
        paper.paperProperty().addListener((o, old, now) -> show(now));
        show(paper.getPaper());
    }

    // 'text' property: the slug field; empty while the paper has no slug of its own
    public StringProperty textProperty() {
        return text;
    }

    /** The slug a first export would give the paper (shown as the field's prompt). */
    public ReadOnlyStringProperty suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    /**
     * Why the typed slug was not stored, as a coded reason ({@link BlogReasons} says it in the interface's
     * language); null while there is nothing wrong.
     */
    public ReadOnlyObjectProperty<BlogMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the post was already written or imported (a new slug renames its file at the next export). */
    public ReadOnlyBooleanProperty publishedProperty() {
        return published.getReadOnlyProperty();
    }

    /** Stores the typed slug, if it differs from the paper's. */
    public void commit() {
        Paper open = paper.getPaper();
        if (open == null) {
            return;
        }
        String typed = text.get() == null ? "" : text.get().strip();
        if (typed.isEmpty() && shownSlug == null || typed.equals(shownSlug)) {
            problem.set(null);
            return;
        }
        if (nothingToSpell(typed)) {
            problem.set(BlogMessage.of(BlogMessage.Code.SLUG_EMPTY));
            return;
        }
        long id = open.id();
        executors.run(() -> exporter.setSlug(id, typed), stored -> {
            if (shownId != id) {
                return;
            }
            shownSlug = stored;
            text.set(stored);
            problem.set(null);
            paper.reloadBlog();
        }, error -> problem.set(error instanceof InvalidSlugException invalid ? invalid.reason()
                : BlogMessage.of(BlogMessage.Code.SLUG_NOT_STORED, ErrorMessages.of(error))));
    }

    /**
     * Whether the typed text has no letter or digit a slug could be spelled from: {@link Slugs#clean} would make
     * it the fallback "post", which is not what anyone typing "!!!" meant.
     */
    static boolean nothingToSpell(String typed) {
        String cleaned = Slugs.clean(typed);
        return cleaned.isEmpty()
                || cleaned.equals(Slugs.FALLBACK) && !typed.toLowerCase(java.util.Locale.ROOT).contains(Slugs.FALLBACK);
    }

    /** Puts back the paper's slug (Esc). */
    public void revert() {
        text.set(shownSlug == null ? "" : shownSlug);
        problem.set(null);
    }

    private void show(Paper now) {
        if (now == null) {
            shownId = -1;
            shownSlug = null;
            suggestedForTitle = null;
            text.set("");
            suggestion.set("");
            published.set(false);
            problem.set(null);
            return;
        }
        String stored = now.blog().slug();
        boolean samePaper = now.id() == shownId;
        // A save of other fields must not reset a slug being typed; a new paper or a new stored slug does.
        if (!samePaper || !Objects.equals(stored, shownSlug)) {
            if (!samePaper) {
                suggestedForTitle = null;
            }
            shownId = now.id();
            shownSlug = stored;
            text.set(stored == null ? "" : stored);
            problem.set(null);
        }
        published.set(now.blog().lastExportPath() != null);
        if (stored == null && !now.title().equals(suggestedForTitle)) {
            suggestedForTitle = now.title();
            long id = now.id();
            executors.run(() -> exporter.slugFor(now), slug -> {
                if (shownId == id) {
                    suggestion.set(slug);
                }
            }, error -> suggestion.set(""));
        } else if (stored != null) {
            suggestion.set(stored);
        }
    }
}
