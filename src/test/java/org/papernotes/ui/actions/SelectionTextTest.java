package org.papernotes.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.papernotes.ui.common.Messages;

class SelectionTextTest {

    private final ObservableList<Long> selected = FXCollections.observableArrayList();

    @Test
    void deleteSaysHowManyPapersOnceSeveralAreSelectedAndFollowsTheSelection() {
        StringBinding text = SelectionText.of(Messages.of(Locale.ENGLISH), "action.delete", "action.deleteSeveral", selected);

        selected.setAll(1L);
        assertThat(text.get()).isEqualTo("Delete paper");
        selected.setAll(1L, 2L, 3L);
        assertThat(text.get()).isEqualTo("Delete 3 papers");
        selected.remove(2L);
        assertThat(text.get()).isEqualTo("Delete 2 papers");
        selected.clear();
        assertThat(text.get()).isEqualTo("Delete paper");
    }

    @Test
    void chineseCountsPapersWithTheirMeasureWord() {
        Messages chinese = Messages.of(Locale.SIMPLIFIED_CHINESE);
        selected.setAll(4L, 5L, 6L);

        assertThat(SelectionText.of(chinese, "action.delete", "action.deleteSeveral", selected).get()).isEqualTo("删除 3 篇论文");
        assertThat(SelectionText.of(chinese, "action.duplicate", "action.duplicateSeveral", selected).get())
                .isEqualTo("复制 3 篇论文");
        selected.setAll(4L);
        assertThat(SelectionText.of(chinese, "action.duplicate", "action.duplicateSeveral", selected).get()).isEqualTo("复制论文");
    }
}
