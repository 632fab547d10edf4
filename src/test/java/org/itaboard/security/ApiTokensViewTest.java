package org.itaboard.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import org.itaboard.base.ui.BuddhistDatePicker;
import org.itaboard.base.ui.TranslationProvider;
import org.itaboard.security.domain.ApiToken;
import org.itaboard.security.domain.ApiTokenScope;
import org.itaboard.security.domain.ApiTokenSecret;
import org.itaboard.security.ui.ApiTokensView;
import org.itaboard.security.ui.ChangePasswordView;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The page of personal API tokens: reached from the password page, a token is created with a name, rights and an
 * expiry (BE dates), its secret is shown once with a warning, the list shows it with its last use, and revoking asks
 * first. Administrators also see the office's tokens. Thai by default, English for English users.
 */
class ApiTokensViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTokens() {
        ApiTokens.removeAll(jdbc);
    }

    @Test
    void aTokenIsCreatedShownOnceListedAndRevokedAfterAConfirmation() {
        login("coordinator");
        UI.getCurrent().navigate(ChangePasswordView.class);
        RouterLink link = _get(RouterLink.class, spec -> spec.withId("open-api-tokens"));
        assertThat(link.getText()).isEqualTo("โทเคน API สำหรับสคริปต์");
        UI.getCurrent().navigate(link.getHref());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ApiTokensView.class);

        BuddhistDatePicker expiry = _get(BuddhistDatePicker.class, spec -> spec.withId("token-expiry"));
        assertThat(expiry.getValue()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(expiry.getMax()).isEqualTo(LocalDate.of(2027, 12, 1));
        assertThat(expiry.getHelperText()).isEqualTo("ค่าเริ่มต้น 90 วัน ไม่เกิน 1 ธ.ค. 2570");
        assertThat(_find(Grid.class, spec -> spec.withId("office-tokens"))).isEmpty();

        // Without a name nothing is created, and nothing secret is shown.
        _click(_get(Button.class, spec -> spec.withId("create-token")));
        assertThat(_find(TextField.class, spec -> spec.withId("token-secret"))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from api_token", Integer.class)).isZero();

        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "นำเข้าคะแนนรายคืน");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ApiTokenScope> scope = _get(RadioButtonGroup.class, spec -> spec.withId("token-scope"));
        assertThat(scope.getValue()).isEqualTo(ApiTokenScope.READ_ONLY);
        scope.setValue(ApiTokenScope.READ_WRITE);
        _setValue(expiry, LocalDate.of(2027, 1, 31));
        _click(_get(Button.class, spec -> spec.withId("create-token")));

        TextField secret = _get(TextField.class, spec -> spec.withId("token-secret"));
        assertThat(secret.isReadOnly()).isTrue();
        assertThat(ApiTokenSecret.isWellFormed(secret.getValue())).isTrue();
        assertThat(jdbc.queryForObject("select secret_hash from api_token", String.class))
                .isEqualTo(ApiTokenSecret.hash(secret.getValue()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("token-warning")).getText()).contains("จะไม่แสดงอีก");
        assertThat(_get(Button.class, spec -> spec.withId("copy-token")).getText()).isEqualTo("คัดลอก");
        assertThat(_get(TextField.class, spec -> spec.withId("token-name")).getValue()).isEmpty();

        Grid<ApiToken> own = grid("own-tokens");
        assertThat(GridKt._size(own)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(own, 0)).containsSubsequence("นำเข้าคะแนนรายคืน",
                secret.getValue().substring(0, 11) + "…", "อ่านและแก้ไข", "1 ธ.ค. 2569", "31 ม.ค. 2570",
                "ยังไม่เคยใช้", "ใช้งานได้");
        assertThat(GridKt._getFormattedRow(own, 0)).doesNotContain(secret.getValue());

        // A use through the API shows as the last use (date and time, Bangkok).
        jdbc.update("update api_token set last_used_at = timestamp with time zone '2026-12-01 09:42:00+07'");
        UI.getCurrent().navigate(ChangePasswordView.class);
        UI.getCurrent().navigate(ApiTokensView.class);
        assertThat(_find(TextField.class, spec -> spec.withId("token-secret"))).as("shown once only").isEmpty();
        own = grid("own-tokens");
        assertThat(GridKt._getFormattedRow(own, 0)).contains("1 ธ.ค. 2569 09:42");

        _click((Button) GridKt._getCellComponent(own, 0, "revoke"));
        _click(_get(Button.class, spec -> spec.withId("confirm-revoke")));
        assertThat(jdbc.queryForObject("select revoked_at is not null from api_token", Boolean.class)).isTrue();
        assertThat(GridKt._getFormattedRow(grid("own-tokens"), 0)).contains("ยกเลิกแล้ว (1 ธ.ค. 2569)");
        assertThat(((Button) GridKt._getCellComponent(grid("own-tokens"), 0, "revoke")).isEnabled()).isFalse();
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'ApiToken' and entity_id = "
                + "(select id from api_token) order by id", String.class)).containsExactly("created", "revoked");
    }

    @Test
    void theOfficeAdministratorSeesEveryonesTokensOfTheOffice() {
        login("director");
        UI.getCurrent().navigate(ApiTokensView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "director's report");
        _click(_get(Button.class, spec -> spec.withId("create-token")));

        login("admin");
        UI.getCurrent().navigate(ChangePasswordView.class);
        UI.getCurrent().navigate(ApiTokensView.class);
        Grid<ApiToken> office = grid("office-tokens");
        assertThat(GridKt._findAll(office)).extracting(t -> t.getUser().getUsername()).containsExactly("director");
        assertThat(GridKt._getFormattedRow(office, 0).get(0)).contains("director");
        assertThat(GridKt._size(grid("own-tokens"))).isZero();

        _click((Button) GridKt._getCellComponent(office, 0, "revoke"));
        _click(_get(Button.class, spec -> spec.withId("confirm-revoke")));
        assertThat(jdbc.queryForObject("select revoked_at is not null from api_token", Boolean.class)).isTrue();
    }

    @Test
    void englishUsersReadThePageInEnglish() {
        login("coordinator");
        UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(TranslationProvider.ENGLISH);
        UI.getCurrent().navigate(ApiTokensView.class);

        assertThat(_get(TextField.class, spec -> spec.withId("token-name")).getLabel()).isEqualTo("Token name");
        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "nightly import");
        _click(_get(Button.class, spec -> spec.withId("create-token")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("token-warning")).getText())
                .startsWith("Copy this token to a safe place now");
        assertThat(GridKt._getFormattedRow(grid("own-tokens"), 0)).contains("Read only", "Never used", "Active");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApiToken> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }
}
