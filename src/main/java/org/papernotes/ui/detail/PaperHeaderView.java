package org.papernotes.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
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
import javafx.scene.layout.VBox;
import org.papernotes.model.Paper;
import org.papernotes.model.ReadingStatus;
import org.papernotes.ui.common.Messages;

/**
 * The metadata of the open paper: title, authors, venue, year, status, rating, links and tags. The details fold away
 * (the toggle left of the title), leaving one line with the title, the authors and the year. Pairs of fields share a
 * row while the header is wide enough for both to show their text, and take a row each when it is not.
 */
public final class PaperHeaderView extends VBox {

    /** The narrowest a field of the right-hand column gets (the year, the arXiv id, the slug). */
    private static final double NARROW_FIELD_MIN = 120;
    /** The narrowest a field of the left-hand column gets beside one of the right. */
    private static final double WIDE_FIELD_MIN = 150;

    private final PaperViewModel viewModel;
    private final Messages messages;
    private final Consumer<String> linkOpener;
    private final TextField title = new TextField();
    private final GridPane details = new GridPane();
    private final Label summary = new Label();
    private final Button toggle = new Button();
    /** Each line of the details: a label and a field, and maybe a second pair that goes under it when narrow. */
    private final List<Node[]> lines = new ArrayList<>();
    private Node[] urlLine;
    /** The last line, the abstract: lines added later go above it. */
    private Node[] abstractLine;
    private AbstractField abstractField;
    private Boolean stacked;

    /**
     * @param collapsed whether only the title line shows; the view toggles it and follows it (the window keeps it)
     */
    public PaperHeaderView(PaperViewModel viewModel, ObservableList<String> knownTags, Messages messages,
                           Consumer<String> linkOpener, BooleanProperty collapsed) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.linkOpener = linkOpener;
        getStyleClass().add("paper-header");
        setId("paper-header");
        setSpacing(6);
        setPadding(new Insets(10, 14, 10, 8));

        toggle.setId("header-toggle");
        toggle.getStyleClass().addAll("flat", "header-toggle");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setOnAction(e -> collapsed.set(!collapsed.get()));
        Tooltip toggleTip = new Tooltip();
        toggle.setTooltip(toggleTip);
        title.setId("title-field");
        title.getStyleClass().add("title-field");
        title.setPromptText(messages.get("field.title.prompt"));
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        summary.setId("header-summary");
        summary.getStyleClass().add("field-label");
        summary.setMinWidth(0);
        summary.maxWidthProperty().bind(widthProperty().multiply(0.4));
        summary.textProperty().bind(Bindings.createStringBinding(this::summaryText,
                viewModel.authorsProperty(), viewModel.yearProperty()));
        summary.visibleProperty().bind(collapsed.and(summary.textProperty().isNotEmpty()));
        summary.managedProperty().bind(summary.visibleProperty());
        HBox titleLine = new HBox(6, toggle, title, summary);
        titleLine.setAlignment(Pos.CENTER_LEFT);

        details.setId("paper-details");
        details.setHgap(8);
        details.setVgap(4);
        details.setPadding(new Insets(0, 0, 0, 6));
        details.managedProperty().bind(details.visibleProperty());
        details.visibleProperty().bind(collapsed.not());
        getChildren().addAll(titleLine, details);

        TextField authors = field("authors-field", viewModel.authorsProperty(), "field.authors.prompt");
        line(label("field.authors"), authors);
        TextField year = field("year-field", viewModel.yearProperty(), "field.year.prompt");
        line(label("field.venue"), field("venue-field", viewModel.venueProperty(), "field.venue.prompt"),
                label("field.year"), year);
        HBox statusAndRating = new HBox(16, statusBox(), ratingBox());
        statusAndRating.setAlignment(Pos.CENTER_LEFT);
        line(label("field.status"), statusAndRating);
        line(label("field.doi"), linkField("doi-field", viewModel.doiProperty(), "field.doi.prompt", PaperLinks::doi),
                label("field.arxiv"),
                linkField("arxiv-field", viewModel.arxivProperty(), "field.arxiv.prompt", PaperLinks::arxiv));
        line(label("field.key"), keyField(), label("field.entryType"), entryTypeBox());
        line(null, keyProblem());
        urlLine = line(label("field.url"),
                linkField("url-field", viewModel.urlProperty(), "field.url.prompt", PaperLinks::url));
        TagChipsField chips = new TagChipsField(viewModel.tags(), knownTags, messages);
        chips.setId("tag-chips");
        line(label("field.tags"), chips);
        abstractField = new AbstractField(viewModel.abstractTextProperty(), messages);
        Label abstractLabel = label("field.abstract");
        GridPane.setValignment(abstractLabel, javafx.geometry.VPos.TOP);
        GridPane.setMargin(abstractLabel, new Insets(4, 0, 0, 0));
        abstractLine = line(abstractLabel, abstractField);

        toggle.textProperty().bind(Bindings.when(collapsed).then("\u25b8").otherwise("\u25be"));
        toggleTip.textProperty().bind(Bindings.when(collapsed).then(messages.get("header.expand"))
                .otherwise(messages.get("header.collapse")));
        widthProperty().addListener((o, old, width) -> arrange(width.doubleValue()));
        arrange(getWidth());
    }

    public TextField titleField() {
        return title;
    }

    /** The button that folds the details away and back. */
    public Button toggle() {
        return toggle;
    }

    /** Whether the whole abstract shows (folded: one line of it); the window remembers it. */
    public BooleanProperty abstractOpenProperty() {
        return abstractField.openProperty();
    }

    /**
     * Puts the blog slug field next to the URL, with a line under the tags for its problems; {@code problem} should
     * hide itself (and leave no gap) when there is none.
     */
    public void addSlugField(Node field, Node problem) {
        int at = lines.indexOf(urlLine);
        Node[] withSlug = {urlLine[0], urlLine[1], label("field.slug"), field};
        lines.set(at, withSlug);
        urlLine = withSlug;
        details.getChildren().addAll(withSlug[2], withSlug[3]);
        lines.add(lines.indexOf(abstractLine), new Node[] {null, problem});
        details.getChildren().add(problem);
        stacked = null;
        arrange(getWidth());
    }

    private String summaryText() {
        String authors = viewModel.authorsProperty().get() == null ? "" : viewModel.authorsProperty().get().strip();
        String year = viewModel.yearProperty().get() == null ? "" : viewModel.yearProperty().get().strip();
        if (authors.isEmpty() || year.isEmpty()) {
            return authors.isEmpty() ? year : authors;
        }
        return messages.format("header.summary.year", authors, year);
    }

    private Node[] line(Node... nodes) {
        lines.add(abstractLine == null ? lines.size() : lines.indexOf(abstractLine), nodes);
        for (Node node : nodes) {
            if (node != null) {
                details.getChildren().add(node);
            }
        }
        return nodes;
    }

    /**
     * Places the lines: pairs side by side when the header is wide enough for both fields of every pair to keep
     * their minimum widths, else the second pair of each line under the first.
     */
    private void arrange(double width) {
        boolean narrow = width > 0 && width < widthForPairs();
        if (stacked != null && stacked == narrow) {
            return;
        }
        stacked = narrow;
        int row = 0;
        for (Node[] line : lines) {
            if (line[0] != null) {
                GridPane.setConstraints(line[0], 0, row);
            }
            boolean paired = line.length > 2;
            GridPane.setConstraints(line[1], 1, row, paired && !narrow ? 1 : 3, 1);
            if (paired) {
                if (narrow) {
                    row++;
                    GridPane.setConstraints(line[2], 0, row);
                    GridPane.setConstraints(line[3], 1, row, 3, 1);
                } else {
                    GridPane.setConstraints(line[2], 2, row);
                    GridPane.setConstraints(line[3], 3, row);
                }
            }
            row++;
        }
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(narrow ? NARROW_FIELD_MIN : WIDE_FIELD_MIN);
        ColumnConstraints labels2 = new ColumnConstraints();
        labels2.setHalignment(HPos.RIGHT);
        labels2.setMinWidth(narrow ? 0 : Region.USE_PREF_SIZE);
        ColumnConstraints narrowColumn = new ColumnConstraints();
        narrowColumn.setHgrow(Priority.SOMETIMES);
        narrowColumn.setMinWidth(narrow ? 0 : NARROW_FIELD_MIN);
        narrowColumn.setPrefWidth(narrow ? Region.USE_COMPUTED_SIZE : 160);
        details.getColumnConstraints().setAll(labels, wide, labels2, narrowColumn);
    }

    /** The width the header needs to show two pairs of label and field side by side. */
    private double widthForPairs() {
        double firstLabels = 0;
        double secondLabels = 0;
        for (Node[] line : lines) {
            if (line[0] != null) {
                firstLabels = Math.max(firstLabels, line[0].prefWidth(-1));
            }
            if (line.length > 2) {
                secondLabels = Math.max(secondLabels, line[2].prefWidth(-1));
            }
        }
        double openButtons = 2 * 30; // the two ↗ buttons of the DOI and arXiv line
        return snappedLeftInset() + snappedRightInset() + details.getPadding().getLeft() + firstLabels + secondLabels
                + WIDE_FIELD_MIN + NARROW_FIELD_MIN + 3 * details.getHgap() + openButtons;
    }

    /** Puts the paper's PDF line (ui.attachments) in a row of its own at the bottom. */
    public void addPdfRow(Node pdf) {
        line(label("field.pdf"), pdf);
        stacked = null;
        arrange(getWidth());
    }

    /**
     * Puts the line saying where the paper's post was published (ui.publish) in a row of its own at the bottom; the
     * row, label included, takes no room while the line is hidden.
     */
    public void addPublishedRow(Node published) {
        Label label = label("field.blog");
        label.visibleProperty().bind(published.visibleProperty());
        label.managedProperty().bind(published.managedProperty());
        line(label, published);
        stacked = null;
        arrange(getWidth());
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
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.disableProperty().bind(property.isEmpty());
        open.setOnAction(e -> address.apply(property.get()).ifPresent(linkOpener));
        HBox box = new HBox(2, field, open);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }

    /** The citation key: typed (checked as it is typed, see {@link PaperViewModel#keyProblemProperty()}) or made. */
    private Node keyField() {
        TextField key = field("key-field", viewModel.citationKeyProperty(), "field.key.prompt");
        key.setTooltip(new Tooltip(messages.format("field.key.tooltip")));
        viewModel.keyProblemProperty().addListener((o, old, problem) -> key.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), problem.isProblem()));
        Button generate = new Button(messages.get("field.key.generate"));
        generate.setId("key-generate");
        generate.setMinWidth(Region.USE_PREF_SIZE);
        generate.setTooltip(new Tooltip(messages.get("field.key.generate.tooltip")));
        generate.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.citationKeyProperty().get() == null
                || viewModel.citationKeyProperty().get().isBlank(), viewModel.citationKeyProperty()));
        generate.managedProperty().bind(generate.visibleProperty());
        generate.setOnAction(e -> viewModel.generateKey());
        HBox box = new HBox(4, key, generate);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(key, Priority.ALWAYS);
        // Asks no more room than the column's other fields: the button must not squeeze the right-hand column.
        box.setPrefWidth(WIDE_FIELD_MIN);
        return box;
    }

    /** What is wrong with the typed key, under it; takes no room when nothing is. */
    private Label keyProblem() {
        Label problem = new Label();
        problem.setId("key-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            PaperViewModel.KeyProblem now = viewModel.keyProblemProperty().get();
            return switch (now.kind()) {
                case INVALID -> messages.format("field.key.invalid", org.papernotes.model.CitationKey.ALLOWED_PUNCTUATION);
                case TAKEN -> now.ownerTitle().isEmpty() ? messages.format("field.key.taken", now.ownerId())
                        : messages.format("field.key.takenBy", now.ownerId(), now.ownerTitle());
                default -> "";
            };
        }, viewModel.keyProblemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    /** BibTeX's entry types, most used first; another may be typed. */
    private static final List<String> ENTRY_TYPES = List.of("article", "inproceedings", "book", "incollection",
            "inbook", "phdthesis", "mastersthesis", "techreport", "misc", "unpublished", "online", "proceedings",
            "manual");

    private ComboBox<String> entryTypeBox() {
        ComboBox<String> type = new ComboBox<>();
        type.setId("entry-type-box");
        type.setEditable(true);
        type.getItems().setAll(ENTRY_TYPES);
        type.setPromptText(messages.get("field.entryType.prompt"));
        type.setMaxWidth(Double.MAX_VALUE);
        type.setMinWidth(NARROW_FIELD_MIN);
        type.valueProperty().bindBidirectional(viewModel.entryTypeProperty());
        return type;
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
            star.setMinWidth(Region.USE_PREF_SIZE);
            star.setTooltip(new Tooltip(messages.format("field.rating.tooltip", value)));
            star.textProperty().bind(viewModel.ratingProperty().greaterThanOrEqualTo(value).asString()
                    .map(on -> Boolean.parseBoolean(on) ? "\u2605" : "\u2606"));
            star.setOnAction(e -> viewModel.ratingProperty().set(viewModel.ratingProperty().get() == value ? 0 : value));
            stars.getChildren().add(star);
        }
        return stars;
    }
}
