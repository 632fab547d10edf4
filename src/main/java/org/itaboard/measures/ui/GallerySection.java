package org.itaboard.measures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Function;
import org.itaboard.measures.domain.Evidence;

/** All the measure's evidence as cards, newest first, with the buttons to add a file or a link when allowed. */
class GallerySection extends VerticalLayout {

    /** The user wants to attach a file. */
    static final class AddFileEvent extends ComponentEvent<GallerySection> {
        AddFileEvent(GallerySection source) {
            super(source, false);
        }
    }

    /** The user wants to add a link. */
    static final class AddLinkEvent extends ComponentEvent<GallerySection> {
        AddLinkEvent(GallerySection source) {
            super(source, false);
        }
    }

    GallerySection(List<Evidence> evidence, boolean mayAdd, Function<Evidence, Component> evidenceCard) {
        setPadding(false);
        if (mayAdd) {
            Button file = new Button(getTranslation("evidence.addFile"), VaadinIcon.UPLOAD.create(),
                    e -> fireEvent(new AddFileEvent(this)));
            file.setId("add-evidence-file");
            Button link = new Button(getTranslation("evidence.addLink"), VaadinIcon.LINK.create(),
                    e -> fireEvent(new AddLinkEvent(this)));
            link.setId("add-evidence-link");
            add(new HorizontalLayout(file, link));
        }
        if (evidence.isEmpty()) {
            add(new Span(getTranslation("measure.gallery.empty")));
        }
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setId("evidence-gallery");
        evidence.forEach(e -> cards.add(evidenceCard.apply(e)));
        add(cards);
    }

    Registration addAddFileListener(ComponentEventListener<AddFileEvent> listener) {
        return addListener(AddFileEvent.class, listener);
    }

    Registration addAddLinkListener(ComponentEventListener<AddLinkEvent> listener) {
        return addListener(AddLinkEvent.class, listener);
    }
}
