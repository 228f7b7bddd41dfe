package org.papernotes.ui.detail;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.papernotes.model.Paper;
import org.papernotes.model.ReadingStatus;
import org.papernotes.ui.common.Messages;

/** The metadata of the open paper: title, authors, venue, year, status, rating, links and tags. */
public final class PaperHeaderView extends GridPane {

    private final PaperViewModel viewModel;
    private final Messages messages;
    private final Consumer<String> linkOpener;
    private final TextField title = new TextField();
    private final Node urlField;

    public PaperHeaderView(PaperViewModel viewModel, ObservableList<String> knownTags, Messages messages,
                           Consumer<String> linkOpener) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.linkOpener = linkOpener;
        getStyleClass().add("paper-header");
        setId("paper-header");
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(12, 14, 10, 14));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints labels2 = new ColumnConstraints();
        labels2.setHalignment(HPos.RIGHT);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setHgrow(Priority.SOMETIMES);
        getColumnConstraints().setAll(labels, wide, labels2, narrow);

        title.setId("title-field");
        title.getStyleClass().add("title-field");
        title.setPromptText(messages.get("field.title.prompt"));
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        add(title, 0, 0, 4, 1);

        TextField authors = field("authors-field", viewModel.authorsProperty(), "field.authors.prompt");
        add(label("field.authors"), 0, 1);
        add(authors, 1, 1, 3, 1);

        add(label("field.venue"), 0, 2);
        add(field("venue-field", viewModel.venueProperty(), "field.venue.prompt"), 1, 2);
        TextField year = field("year-field", viewModel.yearProperty(), "field.year.prompt");
        year.setPrefColumnCount(5);
        add(label("field.year"), 2, 2);
        add(year, 3, 2);

        add(label("field.status"), 0, 3);
        add(new HBox(16, statusBox(), ratingBox()), 1, 3);

        add(label("field.doi"), 0, 4);
        add(linkField("doi-field", viewModel.doiProperty(), "field.doi.prompt", PaperLinks::doi), 1, 4);
        add(label("field.arxiv"), 2, 4);
        add(linkField("arxiv-field", viewModel.arxivProperty(), "field.arxiv.prompt", PaperLinks::arxiv), 3, 4);
        add(label("field.url"), 0, 5);
        urlField = linkField("url-field", viewModel.urlProperty(), "field.url.prompt", PaperLinks::url);
        add(urlField, 1, 5, 3, 1);

        add(label("field.tags"), 0, 6);
        TagChipsField chips = new TagChipsField(viewModel.tags(), knownTags, messages);
        chips.setId("tag-chips");
        add(chips, 1, 6, 3, 1);
    }

    public TextField titleField() {
        return title;
    }

    /**
     * Puts the blog slug field next to the URL (which then takes one column), with a line under the tags
     * for its problems; {@code problem} should hide itself (and leave no gap) when there is none.
     */
    public void addSlugField(Node field, Node problem) {
        GridPane.setColumnSpan(urlField, 1);
        add(label("field.slug"), 2, 5);
        add(field, 3, 5);
        add(problem, 1, 7, 3, 1);
    }

    /** Puts the paper's PDF line (ui.attachments) in a row of its own at the bottom. */
    public void addPdfRow(Node pdf) {
        int row = getRowCount();
        add(label("field.pdf"), 0, row);
        add(pdf, 1, row, 3, 1);
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private TextField field(String id, StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private Node linkField(String id, StringProperty property, String promptKey,
                           Function<String, Optional<String>> address) {
        TextField field = field(id, property, promptKey);
        Button open = new Button("\u2197");
        open.setId(id.replace("-field", "-open"));
        open.getStyleClass().addAll("flat", "link-open");
        open.setTooltip(new Tooltip(messages.get("field.openLink")));
        open.setFocusTraversable(false);
        open.disableProperty().bind(property.isEmpty());
        open.setOnAction(e -> address.apply(property.get()).ifPresent(linkOpener));
        HBox box = new HBox(2, field, open);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }

    private ComboBox<ReadingStatus> statusBox() {
        ComboBox<ReadingStatus> status = new ComboBox<>();
        status.setId("status-box");
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.setPrefWidth(130);
        status.getItems().setAll(ReadingStatus.values());
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ReadingStatus value) {
                return value == null ? "" : messages.get("status." + value.key());
            }

            @Override
            public ReadingStatus fromString(String text) {
                return ReadingStatus.parse(text).orElse(null);
            }
        });
        return status;
    }

    private HBox ratingBox() {
        HBox stars = new HBox(1);
        stars.setId("rating");
        stars.setAlignment(Pos.CENTER_LEFT);
        Label caption = label("field.rating");
        stars.getChildren().add(caption);
        HBox.setMargin(caption, new Insets(0, 6, 0, 0));
        for (int i = 1; i <= Paper.MAX_RATING; i++) {
            int value = i;
            Button star = new Button();
            star.getStyleClass().addAll("flat", "star");
            star.setFocusTraversable(false);
            star.setTooltip(new Tooltip(messages.format("field.rating.tooltip", value)));
            star.textProperty().bind(viewModel.ratingProperty().greaterThanOrEqualTo(value).asString()
                    .map(on -> Boolean.parseBoolean(on) ? "\u2605" : "\u2606"));
            star.setOnAction(e -> viewModel.ratingProperty().set(viewModel.ratingProperty().get() == value ? 0 : value));
            stars.getChildren().add(star);
        }
        return stars;
    }
}
