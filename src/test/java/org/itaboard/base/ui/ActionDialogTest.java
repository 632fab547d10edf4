package org.itaboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;

class ActionDialogTest extends KaribuTest {

    private final TextField field = new TextField("ชื่อ");
    private final AtomicInteger refreshed = new AtomicInteger();

    @Test
    void successClosesAndRefreshes() {
        ActionDialog dialog = open(() -> { });
        _click(dialog.primaryButton());
        assertThat(dialog.isOpened()).isFalse();
        assertThat(refreshed).hasValue(1);
    }

    @Test
    void aMarkedFieldKeepsTheDialogOpenWithWhatWasTyped() {
        field.setValue("ค่าที่พิมพ์");
        ActionDialog dialog = open(() -> InvalidInput.mark(field, "ไม่ถูกต้อง"));
        _click(dialog.primaryButton());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getValue()).isEqualTo("ค่าที่พิมพ์");
        assertThat(refreshed).hasValue(0);
    }

    @Test
    void aRefusalIsShownInThaiAndTheDialogStaysOpen() {
        login("admin");
        ActionDialog dialog = open(() -> {
            throw new BusinessRuleException("error.accessDenied");
        });
        _click(dialog.primaryButton());
        assertThat(dialog.isOpened()).isTrue();
        NotificationsKt.expectNotifications("คุณไม่มีสิทธิ์ทำรายการนี้");
        assertThat(refreshed).hasValue(0);
    }

    private ActionDialog open(Runnable action) {
        ActionDialog dialog = new ActionDialog("ทดสอบ", "บันทึก", action, refreshed::incrementAndGet, field);
        dialog.open();
        return dialog;
    }
}
