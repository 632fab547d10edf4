package org.itaboard.oit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.division.domain.Division;
import org.itaboard.oit.domain.DisclosureStatus;
import org.itaboard.oit.domain.RequiredPart;
import org.itaboard.oit.service.ChecklistActions;
import org.itaboard.oit.service.ChecklistEdit;
import org.itaboard.oit.service.ChecklistRow;
import org.itaboard.oit.service.PublicPagePicker;

/**
 * The editor of one checklist item, bound to a {@link ChecklistEdit}: the coordinator edits every field, a division
 * head the URLs, the parts done and the status up to published, anyone else reads. Saving raises the edit to the
 * page, which calls the service; a refusal keeps the dialog open with what was typed.
 */
class ChecklistItemDialog extends ActionDialog {

    private final ChecklistRow row;
    private final ChecklistActions actions;
    private final ComboBox<Division> division = new ComboBox<>();
    private final Select<DisclosureStatus> status = new Select<>();
    private final TextArea urls = new TextArea();
    private final TextArea feedback = new TextArea();
    private final VerticalLayout parts = new VerticalLayout();
    private final List<PartLine> partLines = new ArrayList<>();
    private Consumer<ChecklistEdit> onSave = edit -> { };

    /** One required part in the editor: done, and its name (the coordinator may rename or remove it). */
    private record PartLine(Checkbox done, TextField name, HorizontalLayout line) {
    }

    ChecklistItemDialog(ChecklistRow row, List<Division> divisions, ChecklistFilesSection.Files files,
            List<PublicPagePicker.PublicPage> publicPages) {
        super("", "");
        this.row = row;
        this.actions = row.actions();
        setHeaderTitle(getTranslation("oit.dialog.title", row.item().getCode(), row.item().getTopic(getLocale())));
        primaryButton().setText(getTranslation("action.save"));
        primaryButton().setId("oit-save");
        primaryButton().setVisible(actions.fill());
        setWidth("min(760px, 96vw)");

        division.setLabel(getTranslation("oit.field.division"));
        division.setItems(divisions);
        division.setItemLabelGenerator(d -> d.getName(getLocale()));
        division.setValue(row.entry().getDivision());
        division.setReadOnly(!actions.coordinate());
        division.setId("oit-division");
        division.setClearButtonVisible(true);

        status.setLabel(getTranslation("oit.field.status"));
        status.setItems(actions.coordinate() ? Arrays.asList(DisclosureStatus.values())
                : Arrays.stream(DisclosureStatus.values()).filter(s -> s != DisclosureStatus.VERIFIED || !actions.fill()).toList());
        status.setItemLabelGenerator(s -> getTranslation("oit.status." + s.name()));
        status.setValue(row.entry().getStatus());
        status.setReadOnly(!actions.fill());
        status.setId("oit-status");
        HorizontalLayout head = new HorizontalLayout(division, status);
        head.setWidthFull();
        head.setFlexGrow(1, division);

        urls.setLabel(getTranslation("oit.field.urls"));
        urls.setHelperText(getTranslation("oit.field.urls.helper"));
        urls.setValue(String.join("\n", row.entry().addresses()));
        urls.setReadOnly(!actions.fill());
        urls.setWidthFull();
        urls.setMinHeight("6rem");
        urls.setId("oit-urls");

        Span partsTitle = new Span(getTranslation("oit.field.parts"));
        partsTitle.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.SECONDARY);
        parts.setPadding(false);
        parts.setSpacing(false);
        parts.setId("oit-parts");
        row.entry().getParts().forEach(this::addPart);
        if (partLines.isEmpty() && !actions.coordinate()) {
            parts.add(new Span(getTranslation("oit.field.parts.none")));
        }
        VerticalLayout partsBlock = new VerticalLayout(partsTitle, parts);
        partsBlock.setPadding(false);
        partsBlock.setSpacing(false);
        if (actions.coordinate()) {
            Button add = new Button(getTranslation("oit.part.add"), VaadinIcon.PLUS.create(), e -> addPart(new RequiredPart("", false)));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add.setId("oit-part-add");
            partsBlock.add(add);
        }

        feedback.setLabel(getTranslation("oit.field.feedback"));
        feedback.setValue(row.entry().getAssessorFeedback() == null ? "" : row.entry().getAssessorFeedback());
        feedback.setReadOnly(!actions.coordinate());
        feedback.setWidthFull();
        feedback.setMaxLength(4000);
        feedback.setId("oit-feedback");

        Span score = new Span(row.score() == null ? getTranslation("oit.score.none")
                : getTranslation("oit.dialog.scoreLine", row.score().stripTrailingZeros().toPlainString()));
        score.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);

        VerticalLayout content = new VerticalLayout(score, head, urls);
        if (actions.coordinate() && !publicPages.isEmpty()) {
            content.add(publicPagesButton(publicPages));
        }
        content.add(new ChecklistFilesSection(files, actions.fill()), partsBlock, feedback);
        content.setPadding(false);
        add(content);
    }

    /** One click adds the URLs of ITA Board's public HR pages that answer this item to the list (kept on save). */
    private Button publicPagesButton(List<PublicPagePicker.PublicPage> pages) {
        Button use = new Button(getTranslation("oit.publicPages.use"), VaadinIcon.GLOBE.create());
        use.setId("oit-public-pages");
        use.addThemeVariants(ButtonVariant.LUMO_SMALL);
        use.setTooltipText(getTranslation("oit.publicPages.helper", String.join(", ", pages.stream()
                .map(p -> p.isIndex() ? getTranslation("oit.publicPages.index") : p.title()).toList())));
        use.addClickListener(e -> {
            List<String> current = new ArrayList<>(Arrays.stream(urls.getValue().split("\\R")).map(String::strip)
                    .filter(u -> !u.isEmpty()).toList());
            int added = 0;
            for (PublicPagePicker.PublicPage page : pages) {
                if (!current.contains(page.url())) {
                    current.add(page.url());
                    added++;
                }
            }
            urls.setValue(String.join("\n", current));
            if (added == 0) {
                org.itaboard.base.ui.Notifications.success(getTranslation("oit.publicPages.nothingNew"));
            } else {
                org.itaboard.base.ui.Notifications.success(getTranslation("oit.publicPages.added", added));
            }
        });
        return use;
    }

    private void addPart(RequiredPart part) {
        Checkbox done = new Checkbox(part.isDone());
        done.setReadOnly(!actions.fill());
        done.setAriaLabel(part.getName());
        TextField name = new TextField();
        name.setValue(part.getName());
        name.setPlaceholder(getTranslation("oit.field.partName"));
        name.setReadOnly(!actions.coordinate());
        name.setWidthFull();
        name.setMaxLength(300);
        name.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_SMALL);
        HorizontalLayout line = new HorizontalLayout(done, name);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.addClassName("oit-part");
        PartLine partLine = new PartLine(done, name, line);
        if (actions.coordinate()) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                partLines.remove(partLine);
                parts.remove(line);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("oit.part.remove"));
            remove.setTooltipText(getTranslation("oit.part.remove"));
            line.add(remove);
        }
        partLines.add(partLine);
        parts.add(line);
    }

    /** What the editor holds now. */
    ChecklistEdit edit() {
        List<RequiredPart> edited = partLines.stream().map(p -> new RequiredPart(p.name().getValue(), p.done().getValue())).toList();
        return new ChecklistEdit(division.getValue(), status.getValue(), feedback.getValue(), edited,
                Arrays.asList(urls.getValue().split("\\R")), row.entry().getVersion());
    }

    void addSaveListener(Consumer<ChecklistEdit> listener) {
        this.onSave = listener;
    }

    @Override
    protected void act() {
        onSave.accept(edit());
    }
}
