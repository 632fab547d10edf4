package org.itaboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Div;
import org.itaboard.base.ui.errors.MissingRecordPage;
import org.itaboard.base.ui.errors.NotFoundPage;
import org.itaboard.base.ui.errors.RefusedPage;
import org.itaboard.base.ui.errors.RouteDeniedPage;
import org.itaboard.base.ui.errors.UnexpectedErrorPage;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * Every error a user can reach by an address is a page of ours, in their language, that names no route, class or
 * exception (issue 11 items 5 and 6). An address no route has is checked in Chromium ({@code ErrorPagesJourneyTest}):
 * it goes through the servlet and the security filters, which Karibu skips.
 */
class ErrorPagesTest extends KaribuTest {

    @Test
    void aMeasureThatDoesNotExistIsNotFoundInThai() {
        login("coordinator");
        UI.getCurrent().navigate("measures/999999");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MissingRecordPage.class);
        assertThat(_get(H2.class).getText()).isEqualTo("ไม่พบหน้าที่ต้องการ");

        UI.getCurrent().navigate("measure-form/999999");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MissingRecordPage.class);
    }

    @Test
    void aYearThatDoesNotExistIsNotFoundInEnglish() {
        login("coordinator");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("catalogue", com.vaadin.flow.router.QueryParameters.of("year", "2490"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundPage.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Page not found");
        assertThat(pageText()).doesNotContain("catalogue", "Route", "Exception");
    }

    @Test
    void aDivisionHeadTypingTheUsersPageIsNotAllowed() {
        login("head.works");
        UI.getCurrent().navigate("admin/users");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RouteDeniedPage.class);
        assertThat(_get(H2.class).getText()).isEqualTo("ไม่มีสิทธิ์เปิดหน้านี้");
        assertThat(pageText()).doesNotContain("admin", "Route", "Exception");
    }

    @Test
    void theEditFormOfAMeasureTheUserMayNotEditIsRefusedAtNavigation() {
        MeasureFixtures fixtures = new MeasureFixtures(context);
        Measure works = fixtures.measure(fixtures.year(2584), "งานของฝ่ายโยธา", "PUBLIC_WORKS");
        login("head.finance");
        UI.getCurrent().navigate("measure-form/" + works.getId());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RefusedPage.class);
        assertThat(_get(H2.class).getText()).isEqualTo("ไม่มีสิทธิ์เปิดหน้านี้");

        login("head.works");
        UI.getCurrent().navigate("measure-form/" + works.getId());
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(RefusedPage.class);
    }

    @Test
    void anUnexpectedErrorShowsAReferenceNumberAndNoDetails() {
        login("coordinator");
        UI.getCurrent().navigate(Failing.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UnexpectedErrorPage.class);
        String reference = _get(Paragraph.class, spec -> spec.withId("error-reference")).getText();
        assertThat(reference).matches("เลขอ้างอิง: [2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(pageText()).doesNotContain("IllegalStateException", "database is on fire", "org.itaboard");
    }

    private static String pageText() {
        return UI.getCurrent().getElement().getTextRecursively();
    }

    /** A page that fails the way a bug would. */
    @Route("test-failing-page")
    @AnonymousAllowed
    public static class Failing extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("database is on fire");
        }
    }
}
