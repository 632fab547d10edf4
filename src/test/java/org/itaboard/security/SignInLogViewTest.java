package org.itaboard.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import org.itaboard.security.domain.SignInChannel;
import org.itaboard.security.domain.SignInEvent;
import org.itaboard.security.domain.SignInEventRepository;
import org.itaboard.security.domain.SignInOutcome;
import org.itaboard.security.ui.SignInLogView;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInLogViewTest extends KaribuTest {

    @Autowired
    SignInEventRepository events;
    @Autowired
    Clock clock;

    @Test
    void theAdministratorFiltersTheOfficesSignInsByUsername() {
        events.save(new SignInEvent(clock.instant(), "head.works", wangThonglang().getId(), "10.0.0.7", "Firefox",
                SignInChannel.FORM, SignInOutcome.FAILURE));
        events.save(new SignInEvent(clock.instant(), "director.nongchok", office("nongchok").getId(), "10.0.0.8",
                "Chrome", SignInChannel.FORM, SignInOutcome.SUCCESS));
        login("admin");
        UI.getCurrent().navigate(SignInLogView.class);

        @SuppressWarnings("unchecked")
        Grid<SignInEvent> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid)).extracting(SignInEvent::getUsername)
                .contains("head.works").doesNotContain("director.nongchok");
        _setValue(_get(TextField.class, spec -> spec.withLabel("ชื่อผู้ใช้ที่พิมพ์")), "WORKS");
        assertThat(GridKt._findAll(grid)).extracting(SignInEvent::getUsername).containsOnly("head.works");
        assertThat(GridKt._getFormattedRow(grid, 0).get(2)).isEqualTo("ไม่สำเร็จ");
    }
}
