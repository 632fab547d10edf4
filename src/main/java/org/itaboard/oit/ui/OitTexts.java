package org.itaboard.oit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.oit.domain.DisclosureStatus;
import org.itaboard.oit.domain.EvidenceUrl;
import org.itaboard.oit.domain.UrlOutcome;

/** How the checklist's statuses and URL check results read and look, the same on the page and in the editor. */
final class OitTexts {

    private OitTexts() {
    }

    static Span statusBadge(Component owner, DisclosureStatus status) {
        Span badge = new Span(owner.getTranslation("oit.status." + status.name()));
        badge.getElement().getThemeList().add(switch (status) {
            case NOT_STARTED -> "badge error";
            case IN_PROGRESS -> "badge contrast";
            case PUBLISHED -> "badge";
            case VERIFIED -> "badge success";
        });
        badge.addClassName("oit-status-" + status.name().toLowerCase());
        return badge;
    }

    /** "OK (200)" / "Broken (404)" / "Could not check", dated in the tooltip; empty while never checked. */
    static Span checkBadge(Component owner, EvidenceUrl url, ZoneId zone) {
        Span badge = new Span();
        UrlOutcome outcome = url.getOutcome();
        if (outcome == null) {
            return badge;
        }
        badge.setText(owner.getTranslation("oit.url." + outcome.name(), url.getHttpStatus() == null ? "" : String.valueOf(url.getHttpStatus())));
        badge.getElement().getThemeList().add(switch (outcome) {
            case ANSWERED -> "badge success small";
            case BROKEN -> "badge error small";
            case COULD_NOT_CHECK -> "badge contrast small";
        });
        badge.addClassName("oit-url-" + outcome.name().toLowerCase().replace('_', '-'));
        LocalDate on = url.getCheckedAt().atZone(zone).toLocalDate();
        badge.setTitle(owner.getTranslation("oit.url.checkedOn", BuddhistDates.format(on, com.vaadin.flow.component.UI.getCurrent().getLocale())));
        return badge;
    }
}
