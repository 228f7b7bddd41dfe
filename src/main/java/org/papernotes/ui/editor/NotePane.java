package org.papernotes.ui.editor;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import javafx.scene.web.WebView;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.papernotes.markdown.MarkdownConfig;
import org.papernotes.markdown.MarkdownHighlighter;
import org.papernotes.markdown.ParsedNote;
import org.papernotes.markdown.PreviewBlock;
import org.papernotes.markdown.PreviewHtml;
import org.papernotes.ui.preview.MarkdownPreview;
import org.reactfx.EventSource;
import org.reactfx.EventStream;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;
import org.reactfx.util.Try;

/**
 * A paper's note: a Markdown editor (RichTextFX {@link CodeArea}) and its live preview ({@link WebView}), shown
 * as editor only, split, or preview only. Each change is parsed once, off the FX thread, after a short pause in
 * typing; the same parse gives the editor's highlighting and the preview's HTML. Results for text that has since
 * changed are dropped.
 */
public final class NotePane extends BorderPane {

    /** Where the editor|preview divider starts: the middle. */
    public static final double DEFAULT_SPLIT_POSITION = 0.5;

    /**
     * Pause in typing after which the note is parsed again: short, since at ordinary typing speed (100-200 ms between
     * keys) every keystroke is parsed anyway, and the preview is current sooner (median 75 ms instead of 110 ms for a
     * 50,000-character note with the app's C1-only JIT).
     */
    public static final Duration DEFAULT_PAUSE = Duration.ofMillis(30);

    private static final System.Logger LOG = System.getLogger(NotePane.class.getName());
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final KeyCombination FIND_REPLACE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);

    private final Executor background;
    private final CodeArea area = new MarkdownCodeArea();
    private final FindReplaceBar findBar;
    private final VBox editorBox;
    private final MarkdownPreview preview;
    private final SplitPane split = new SplitPane();
    private final EventSource<Void> renderRequests = new EventSource<>();
    private final Subscription renderSubscription;
    private boolean scrollSyncScheduled;
    private double syncedScrollY = Double.NaN;
    private int syncedOffset = -1; // the source offset the preview was last placed at
    private double splitPosition = DEFAULT_SPLIT_POSITION; // used when the split is not shown
    private final EditedRegion edited = new EditedRegion(); // since the highlighting was last set
    private StyleSpans<Collection<String>> highlighting; // last set, for the text as it was then
    private volatile UnaryOperator<List<PreviewBlock>> previewBlocks = UnaryOperator.identity(); // run off the FX thread
    private volatile org.papernotes.markdown.CitationResolver citations; // read off the FX thread; null: none
    private CitationCompletion citationCompletion;

    // 'text' property: the note as the user types it
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    // 'viewMode' property
    private final ObjectProperty<ViewMode> viewMode = new SimpleObjectProperty<>(this, "viewMode", ViewMode.SPLIT);
    // 'dark' property
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    /** A pane whose parsing and rendering run on {@code background}. */
    public NotePane(Executor background) {
        this(background, DEFAULT_PAUSE);
    }

    /** As {@link #NotePane(Executor)}, with the typing pause after which the note is parsed. */
    public NotePane(Executor background, Duration pause) {
        this(background, pause, java.util.Locale.getDefault());
    }

    /** As {@link #NotePane(Executor, Duration)}, with its find bar and hints in {@code language}. */
    public NotePane(Executor background, Duration pause, java.util.Locale language) {
        this.background = Objects.requireNonNull(background, "background");
        EditorMessages messages = EditorMessages.of(language);
        findBar = new FindReplaceBar(area, messages);
        getStyleClass().add("note-pane");
        getStylesheets().add(Objects.requireNonNull(NotePane.class.getResource("editor.css")).toExternalForm());

        area.getStyleClass().add("markdown-editor");
        area.setWrapText(true);
        // Where the first line would start, wrapped to the editor's width (centred, a long hint was cut on both sides).
        Label placeholder = new Label(messages.text("editor.placeholder"));
        placeholder.setId("editor-placeholder");
        placeholder.getStyleClass().add("editor-placeholder");
        placeholder.setWrapText(true);
        placeholder.maxWidthProperty().bind(area.widthProperty().subtract(24));
        area.setPlaceholder(placeholder, javafx.geometry.Pos.TOP_LEFT);
        VirtualizedScrollPane<CodeArea> scroller = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        editorBox = new VBox(findBar, scroller);
        editorBox.getStyleClass().add("editor-box");

        preview = new MarkdownPreview(background);
        split.setOrientation(Orientation.HORIZONTAL);

        area.textProperty().addListener((obs, old, value) -> text.set(value));
        area.plainTextChanges().subscribe(change -> edited.edited(change.getPosition(),
                change.getRemoved().length(), change.getInserted().length(), area.getLength()));
        EventStream<?> changes = area.multiPlainChanges();
        renderSubscription = EventStreams.merge(changes.successionEnds(pause), renderRequests)
                // coalesce bursts on the FX thread (the executor must be the thread the events come on)
                .retainLatestUntilLater(Platform::runLater)
                .supplyTask(this::renderAsync)
                .awaitLatest(changes)
                .filterMap(NotePane::successful)
                .subscribe(this::apply);
        area.estimatedScrollYProperty().addListener((obs, old, value) -> scheduleScrollSync());

        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (FIND_REPLACE.match(event)) {
                showFindReplace();
                event.consume();
            }
        });
        viewMode.addListener((obs, old, mode) -> {
            if (mode == null) {
                viewMode.set(ViewMode.SPLIT);
            } else {
                layoutFor(mode);
                syncedScrollY = Double.NaN; // the preview follows the editor again once it scrolls
                syncedOffset = -1;
                if (mode != ViewMode.EDITOR) {
                    renderRequests.push(null); // the preview may be behind: it is not rendered while hidden
                }
            }
        });
        previewMath.addListener((obs, old, value) -> renderRequests.push(null));
        dark.addListener((obs, old, value) -> {
            pseudoClassStateChanged(DARK, value);
            preview.setDark(value);
        });
        layoutFor(viewMode.get());
    }

    // 'previewMath' property: how the preview shows math so that it looks as on the paper's blog
    private final javafx.beans.property.ObjectProperty<org.papernotes.markdown.PreviewMath> previewMath =
            new javafx.beans.property.SimpleObjectProperty<>(org.papernotes.markdown.PreviewMath.NOTE);

    public javafx.beans.property.ObjectProperty<org.papernotes.markdown.PreviewMath> previewMathProperty() {
        return previewMath;
    }

    /** Shows a paper's note: replaces the text, clears the undo history and scrolls to the top. */
    public void load(String note) {
        String normalized = note == null ? "" : note.replace("\r\n", "\n");
        area.replaceText(normalized);
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.moveTo(0);
        area.showParagraphAtTop(0);
        preview.scrollToTopOnNextShow();
        syncedOffset = -1;
        renderRequests.push(null);
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ViewMode getViewMode() {
        return viewMode.get();
    }

    public void setViewMode(ViewMode mode) {
        viewMode.set(mode);
    }

    public ObjectProperty<ViewMode> viewModeProperty() {
        return viewMode;
    }

    public boolean isDark() {
        return dark.get();
    }

    public void setDark(boolean value) {
        dark.set(value);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /**
     * Where the editor|preview divider is, as a fraction of the width (0 to 1): where the user left it,
     * also while the split is not shown.
     */
    public double getSplitPosition() {
        return viewMode.get() == ViewMode.SPLIT && !split.getDividers().isEmpty()
                ? split.getDividerPositions()[0] : splitPosition;
    }

    /** Moves the editor|preview divider (restoring a remembered layout); values outside 0..1 are ignored. */
    public void setSplitPosition(double position) {
        if (!(position >= 0 && position <= 1)) {
            return;
        }
        splitPosition = position;
        if (viewMode.get() == ViewMode.SPLIT && !split.getDividers().isEmpty()) {
            split.setDividerPositions(position);
        }
    }

    /** How links in the preview open (e.g. {@code hostServices::showDocument}); never inside the app. */
    public void setLinkOpener(Consumer<String> opener) {
        preview.setLinkOpener(opener);
    }

    /**
     * Sets what is done to the preview's blocks before they are shown (the images' sources are resolved), on the
     * background thread that renders them; renders again.
     */
    public void setPreviewBlockFilter(UnaryOperator<List<PreviewBlock>> filter) {
        previewBlocks = filter == null ? UnaryOperator.identity() : filter;
        refreshPreview();
    }

    /**
     * Shows the note's citations in the preview as the papers they name ({@code resolver} is read on the background
     * thread that renders) and completes keys typed after {@code [@} from {@code suggestions}; renders again.
     */
    public void setCitations(org.papernotes.markdown.CitationResolver resolver, CitationSuggestions suggestions) {
        citations = resolver;
        if (citationCompletion == null && suggestions != null) {
            citationCompletion = CitationCompletion.install(area, suggestions);
        }
        refreshPreview();
    }

    /** The completion of citation keys, once {@link #setCitations} installed it; null before. */
    public CitationCompletion citationCompletion() {
        return citationCompletion;
    }

    /** Renders the note again (something the preview shows changed outside the text). */
    public void refreshPreview() {
        renderRequests.push(null);
    }

    /** Shows the find/replace bar over the editor (also Ctrl+H inside the pane). */
    public void showFindReplace() {
        if (viewMode.get() == ViewMode.PREVIEW) {
            viewMode.set(ViewMode.SPLIT);
        }
        findBar.show();
    }

    /** {@code hook} runs just before find-and-replace replaces every match (to keep a version of the note first). */
    public void setBeforeReplaceAll(Runnable hook) {
        findBar.setBeforeReplaceAll(hook);
    }

    /** The editor: focus, undo/redo, cut/copy/paste from menus. */
    public CodeArea editor() {
        return area;
    }

    public WebView preview() {
        return preview.view();
    }

    /** The preview's controller (update count, readiness), for tests and benchmarks. */
    public MarkdownPreview previewController() {
        return preview;
    }

    FindReplaceBar findReplaceBar() {
        return findBar;
    }

    /** Stops background rendering; the pane is not used afterwards. */
    public void dispose() {
        renderSubscription.unsubscribe();
    }

    private Task<NoteRendering> renderAsync() {
        String snapshot = text.get(); // kept current by the listener on the area's text
        boolean withPreview = viewMode.get() != ViewMode.EDITOR;
        var math = previewMath.get() == null ? org.papernotes.markdown.PreviewMath.NOTE : previewMath.get();
        StyleSpans<Collection<String>> previous = highlighting;
        int untouchedStart = edited.untouchedStart(snapshot.length());
        int untouchedEnd = edited.untouchedEnd(snapshot.length());
        UnaryOperator<List<PreviewBlock>> blockFilter = previewBlocks;
        var cited = citations;
        Task<NoteRendering> task = new Task<>() {
            @Override
            protected NoteRendering call() {
                ParsedNote parsed = MarkdownConfig.standard().parse(snapshot);
                var spans = HighlightSpans.from(MarkdownHighlighter.ranges(parsed), snapshot.length());
                var change = HighlightSpans.changedRegion(previous, untouchedStart, untouchedEnd, spans);
                var blocks = withPreview ? blockFilter.apply(PreviewHtml.renderBlocks(parsed, math, cited)) : null;
                return new NoteRendering(snapshot, spans, change, blocks);
            }
        };
        try {
            background.execute(task);
        } catch (RejectedExecutionException e) {
            task.cancel(); // the executor is shutting down with the application: nothing to render for
        }
        return task;
    }

    private static Optional<NoteRendering> successful(Try<NoteRendering> result) {
        if (result.isFailure() && !(result.getFailure() instanceof CancellationException)) {
            LOG.log(System.Logger.Level.WARNING, "cannot render the note", result.getFailure());
        }
        return result.toOptional();
    }

    private void apply(NoteRendering rendering) {
        if (!rendering.text().equals(text.get())) {
            return; // a change arrived that the stream has not cancelled yet; its own rendering follows
        }
        if (rendering.change() != null) {
            area.setStyleSpans(rendering.change().from(), rendering.change().spans());
        }
        highlighting = rendering.highlighting();
        edited.clear();
        if (rendering.previewBlocks() != null) {
            preview.show(rendering.previewBlocks());
        }
    }

    private void layoutFor(ViewMode mode) {
        if (!split.getDividers().isEmpty()) {
            splitPosition = split.getDividerPositions()[0]; // where the user left it
        }
        split.getItems().clear();
        switch (mode) {
            case EDITOR -> setCenter(editorBox);
            case PREVIEW -> setCenter(preview.view());
            case SPLIT -> {
                setCenter(null);
                split.getItems().setAll(editorBox, preview.view());
                split.setDividerPositions(splitPosition);
                setCenter(split);
            }
        }
    }

    /**
     * The preview follows the editor's first visible line, at most once per pulse, and only when that line is a
     * different place in the note: typing re-estimates the editor's scroll position without moving it, and placing
     * the preview costs a WebKit layout of the whole page, too much to do on every keystroke.
     */
    private void scheduleScrollSync() {
        if (scrollSyncScheduled || viewMode.get() != ViewMode.SPLIT
                || Math.abs(area.estimatedScrollYProperty().getValue() - syncedScrollY) < 1) {
            return;
        }
        scrollSyncScheduled = true;
        Platform.runLater(() -> {
            scrollSyncScheduled = false;
            syncedScrollY = area.estimatedScrollYProperty().getValue();
            if (area.getVisibleParagraphs().isEmpty()) {
                return;
            }
            int offset = area.getAbsolutePosition(area.firstVisibleParToAllParIndex(), 0);
            if (offset != syncedOffset) {
                syncedOffset = offset;
                preview.scrollToSource(offset);
            }
        });
    }
}
