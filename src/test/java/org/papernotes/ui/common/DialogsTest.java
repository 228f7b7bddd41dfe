package org.papernotes.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Stock dialog buttons speak the interface's language, whatever the JVM's locale is. */
class DialogsTest {

    private Locale system;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void rememberLocale() {
        system = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(system);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static List<String> buttonTexts(Dialog<?> dialog) throws Exception {
        return onFx(() -> dialog.getDialogPane().getButtonTypes().stream()
                .map(type -> ((Labeled) dialog.getDialogPane().lookupButton(type)).getText()).toList());
    }

    @Test
    void chineseInterfaceOnAnEnglishSystemSaysQueDingAndQuXiao() throws Exception {
        Locale.setDefault(Locale.US);

        Alert alert = onFx(() -> Dialogs.localize(new Alert(Alert.AlertType.CONFIRMATION, "删除？",
                ButtonType.OK, ButtonType.CANCEL), Messages.of(Locale.SIMPLIFIED_CHINESE)));

        assertThat(buttonTexts(alert)).containsExactly("确定", "取消");
    }

    @Test
    void englishInterfaceOnAChineseSystemSaysOkAndCancel() throws Exception {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

        TextInputDialog dialog = onFx(() -> Dialogs.localize(new TextInputDialog("ml"), Messages.of(Locale.ENGLISH)));

        assertThat(buttonTexts(dialog)).containsExactly("OK", "Cancel");
    }

    @Test
    void buttonsAddedLaterAreRelabelledToo() throws Exception {
        Locale.setDefault(Locale.US);
        Alert alert = onFx(() -> Dialogs.localize(new Alert(Alert.AlertType.NONE), Messages.of(Locale.SIMPLIFIED_CHINESE)));

        onFx(() -> alert.getButtonTypes().setAll(ButtonType.YES, ButtonType.NO));

        assertThat(buttonTexts(alert)).containsExactly("是", "否");
    }

    @Test
    void buttonsOfOurOwnKeepTheirText() throws Exception {
        Locale.setDefault(Locale.US);
        ButtonType own = new ButtonType("_Overwrite");
        Alert alert = onFx(() -> Dialogs.localize(new Alert(Alert.AlertType.WARNING, "?", own, ButtonType.CANCEL),
                Messages.of(Locale.SIMPLIFIED_CHINESE)));

        assertThat(buttonTexts(alert)).containsExactly("_Overwrite", "取消");
    }

    @Test
    void theAnswerIsStillTheStockButtonType() throws Exception {
        Alert alert = onFx(() -> Dialogs.localize(new Alert(Alert.AlertType.CONFIRMATION, "?", ButtonType.OK,
                ButtonType.CANCEL), Messages.of(Locale.SIMPLIFIED_CHINESE)));

        onFx(() -> {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.OK)).fire();
            return null;
        });

        assertThat(alert.getResult()).isSameAs(ButtonType.OK);
    }
}
