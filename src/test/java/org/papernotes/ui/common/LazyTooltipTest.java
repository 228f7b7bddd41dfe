package org.papernotes.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {

    private Label hinted;
    private Label elsewhere;

    @Start
    void start(Stage stage) {
        hinted = new Label("图书馆 library");
        elsewhere = new Label("elsewhere");
        LazyTooltip.install(hinted, "/home/读者/papers.db");
        stage.setScene(new Scene(new VBox(40, elsewhere, hinted), 400, 200));
        stage.show();
    }

    @Test
    void isMadeOnlyWhenThePointerArrivesAndThenShowsItsText(FxRobot robot) throws Exception {
        assertThat(hinted.getProperties().values()).noneMatch(Tooltip.class::isInstance);

        robot.moveTo(elsewhere).moveTo(hinted).moveBy(2, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showingTooltip() != null);

        assertThat(showingTooltip().getText()).isEqualTo("/home/读者/papers.db");
    }

    private static Tooltip showingTooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(Tooltip.class::cast).findFirst().orElse(null);
    }
}
