package org.itaboard.measures.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.domain.EvidenceKind;

/**
 * One piece of evidence: thumbnail or icon, title, who added it, whether it expired or was verified,
 * and the link or download. The file and the thumbnail come from handlers the page gives, which ask
 * the service when the browser fetches them, never through a public URL.
 */
class EvidenceCard extends Div {

    /** The coordinator confirms the evidence shows what it claims. */
    static final class VerifyEvent extends ComponentEvent<EvidenceCard> {

        private final Evidence evidence;

        VerifyEvent(EvidenceCard source, Evidence evidence) {
            super(source, false);
            this.evidence = evidence;
        }

        Evidence evidence() {
            return evidence;
        }
    }

    EvidenceCard(Evidence evidence, LocalDate today, boolean mayVerify, DownloadHandler file, DownloadHandler thumbnail,
            UnaryOperator<String> person) {
        addClassNames("ita-card", "evidence-card");
        getStyle().set("width", "220px").set("box-sizing", "border-box");
        if (evidence.hasThumbnail()) {
            Image image = new Image(thumbnail, evidence.getTitle());
            image.setWidthFull();
            image.getStyle().set("border-radius", "var(--lumo-border-radius-m)");
            add(image);
        } else {
            var icon = (evidence.getKind() == EvidenceKind.LINK ? VaadinIcon.LINK : VaadinIcon.FILE_TEXT_O).create();
            icon.setSize("48px");
            icon.setColor("var(--lumo-contrast-50pct)");
            add(icon);
        }
        Span title = new Span(evidence.getTitle());
        title.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        title.getStyle().set("display", "block");
        Span meta = new Span(getTranslation("evidence.kind." + evidence.getKind().name()) + " · "
                + getTranslation("evidence.addedBy", person.apply(evidence.getAddedBy()))
                + (evidence.getPublishedOn() == null ? "" : " · " + MeasureTexts.date(evidence.getPublishedOn())));
        meta.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL);
        meta.getStyle().set("display", "block");
        add(title, meta);
        if (evidence.isExpired(today)) {
            add(badge(getTranslation("evidence.expired"), "badge error"));
        }
        if (evidence.getVerifiedBy() != null) {
            add(badge(getTranslation("evidence.verified", person.apply(evidence.getVerifiedBy())), "badge success"));
        }
        add(evidence.getKind() == EvidenceKind.LINK ? link(evidence) : download(file));
        if (mayVerify && evidence.getVerifiedBy() == null) {
            Button verify = new Button(getTranslation("evidence.verify"), e -> fireEvent(new VerifyEvent(this, evidence)));
            verify.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            verify.addClassName("verify-evidence");
            add(verify);
        }
    }

    Registration addVerifyListener(ComponentEventListener<VerifyEvent> listener) {
        return addListener(VerifyEvent.class, listener);
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private static Anchor link(Evidence evidence) {
        Anchor open = new Anchor(evidence.getUrl(), evidence.getUrl(), AnchorTarget.BLANK);
        open.getElement().setAttribute("rel", "noopener noreferrer");
        open.getStyle().set("display", "block").set("overflow-wrap", "anywhere").set("font-size", "var(--lumo-font-size-s)");
        return open;
    }

    private Anchor download(DownloadHandler file) {
        Anchor get = new Anchor(file, getTranslation("evidence.download"));
        get.getStyle().set("display", "block");
        return get;
    }
}
