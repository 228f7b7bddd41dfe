package org.papernotes.ui.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.papernotes.model.Paper;
import org.papernotes.ui.common.Dialogs;
import org.papernotes.ui.common.Messages;

/** The window's publish commands: the publish dialog for the selected papers, and "Preview on local Jekyll". */
public final class PublishActions {

    private final PublishWork work;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Consumer<String> openLink;
    private PublishDialog lastDialog;

    public PublishActions(PublishWork work, Messages messages, Supplier<Window> owner, Consumer<String> openLink) {
        this.work = work;
        this.messages = messages;
        this.owner = owner;
        this.openLink = openLink;
    }

    /** Opens the publish dialog for these papers (the selection, or every paper shown when none is selected). */
    public PublishDialog publish(List<PublishViewModel.Item> papers) {
        lastDialog = new PublishDialog(owner.get(), messages, work.newPublish(papers, messages, owner), openLink);
        lastDialog.show();
        return lastDialog;
    }

    /**
     * The git state of the blog folder chosen in the export dialog, read when the folder changes and after each
     * export (which also updates the status bar's).
     *
     * @param folder   the folder chosen (a checkout or its {@code _posts} folder; null: none)
     * @param exported the last export's report: non-null after each export
     */
    public Node checkoutState(ObservableValue<Path> folder, ObservableValue<?> exported) {
        CheckoutStateViewModel state = work.newCheckoutState();
        folder.addListener((o, old, now) -> state.read(now));
        exported.addListener((o, old, report) -> {
            if (report != null) {
                state.read(folder.getValue());
                work.state().refresh();
            }
        });
        state.read(folder.getValue());
        BlogStateView view = new BlogStateView(state.statusProperty(), state.lastPublishAddressProperty(), messages,
                openLink);
        view.setId("export-blog-state");
        view.visibleProperty().bind(state.statusProperty().isNotNull());
        view.managedProperty().bind(view.visibleProperty());
        return view;
    }

    /** The dialog opened last (tests set its folder, which a native chooser cannot). */
    public PublishDialog lastDialog() {
        return lastDialog;
    }

    /**
     * Builds the blog with the local Jekyll into a temporary folder and opens the open paper's post in the browser;
     * without Jekyll, says how to install it.
     */
    public void previewOnJekyll(Paper paper) {
        if (!org.papernotes.workflow.JekyllPreview.installed()) {
            inform(messages.get("jekyll.missing"));
            return;
        }
        work.withBlogFolder(folder -> previewOnJekyll(paper, folder));
    }

    private void previewOnJekyll(Paper paper, Path blogFolder) {
        if (paper == null || paper.blog().lastExportPath() == null || blogFolder == null) {
            inform(messages.get("jekyll.notExported"));
            return;
        }
        Path blog = org.papernotes.blog.BlogFolder.blogFolder(blogFolder);
        String post = paper.blog().lastExportPath();
        Window window = owner.get();
        work.run(() -> {
            String failure;
            try {
                var jekyll = org.papernotes.workflow.JekyllPreview.find(blog);
                if (jekyll.isEmpty()) {
                    failure = messages.get("jekyll.missing");
                } else {
                    Path site = Files.createTempDirectory("papernotes-jekyll-site");
                    Path page = jekyll.get().build(blog, post, site);
                    work.fx().execute(() -> openLink.accept(page.toUri().toString()));
                    return;
                }
            } catch (java.io.IOException | RuntimeException e) {
                failure = messages.format("jekyll.failed", String.valueOf(e.getMessage()));
            }
            String text = failure;
            work.fx().execute(() -> {
                if (window != null && window.isShowing()) {
                    inform(text);
                }
            });
        });
    }

    private void inform(String text) {
        Alert alert = Dialogs.localize(new Alert(Alert.AlertType.INFORMATION, text), messages);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("jekyll.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("jekyll-info");
        alert.show();
    }
}
