package org.papernotes.ui.editor;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.layout.BorderPane;
import javafx.scene.web.WebView;
import org.fxmisc.richtext.CodeArea;

/** TEMPORARY stand-in until wt-editor lands (not to be committed as done). */
public class NotePane extends BorderPane {
    private final CodeArea area = new CodeArea();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ViewMode> viewMode = new SimpleObjectProperty<>(ViewMode.SPLIT);
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public NotePane(Executor background) {
        area.setWrapText(true);
        area.textProperty().addListener((o, a, b) -> text.set(b));
        setCenter(area);
    }
    public void load(String t) { area.replaceText(t); area.getUndoManager().forgetHistory(); }
    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    public ObjectProperty<ViewMode> viewModeProperty() { return viewMode; }
    public BooleanProperty darkProperty() { return dark; }
    public void setLinkOpener(Consumer<String> opener) { }
    public void showFindReplace() { }
    public CodeArea editor() { return area; }
    public WebView preview() { throw new UnsupportedOperationException(); }
}
