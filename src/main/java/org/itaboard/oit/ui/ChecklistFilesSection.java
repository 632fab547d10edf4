package org.itaboard.oit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.UploadTexts;
import org.itaboard.measures.service.EvidenceDownload;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.oit.domain.ChecklistFileInfo;

/**
 * The files of one checklist item: each to download (and to remove, for who fills the item), an upload, and the
 * minutes of a closed meeting to attach. Files are attached at once, not on the editor's save; the section asks the
 * page (through {@link Files}) for every change, so the page stays the one that calls the service.
 */
class ChecklistFilesSection extends VerticalLayout {

    /** What the page does for the section: the service calls, for this item. */
    interface Files {
        List<ChecklistFileInfo> list();

        void attach(String fileName, byte[] content);

        void remove(ChecklistFileInfo file);

        EvidenceDownload download(ChecklistFileInfo file);

        List<Meeting> closedMeetings();

        void attachMinutes(Meeting meeting);

        long maxMegabytes();
    }

    private final Files files;
    private final boolean fill;
    private final VerticalLayout list = new VerticalLayout();

    ChecklistFilesSection(Files files, boolean fill) {
        this.files = files;
        this.fill = fill;
        setPadding(false);
        setSpacing(false);
        setId("oit-files");
        Span title = new Span(getTranslation("oit.files.title"));
        title.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.SECONDARY);
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("oit-file-list");
        add(title, list);
        if (fill) {
            add(upload(), minutes());
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<ChecklistFileInfo> infos = files.list();
        if (infos.isEmpty()) {
            Span none = new Span(getTranslation("oit.files.none"));
            none.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            list.add(none);
        }
        for (ChecklistFileInfo file : infos) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                EvidenceDownload d = files.download(file);
                return new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(), d.content().length);
            }), file.originalName() + " (" + Math.max(1, file.sizeBytes() / 1024) + " KB)");
            download.getElement().setAttribute("download", true);
            download.addClassNames(LumoUtility.FontSize.SMALL);
            download.getStyle().set("word-break", "break-all");
            HorizontalLayout row = new HorizontalLayout((file.isMinutes() ? VaadinIcon.NOTEBOOK : VaadinIcon.FILE_TEXT_O).create(),
                    download);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("oit-file");
            if (file.isMinutes()) {
                Span badge = new Span(getTranslation("oit.files.minutesBadge"));
                badge.getElement().getThemeList().add("badge contrast small");
                row.add(badge);
            }
            if (fill) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    try {
                        files.remove(file);
                        Notifications.success(getTranslation("oit.files.removed", file.originalName()));
                    } catch (RuntimeException refused) {
                        Notifications.showRefusal(refused);
                    }
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("oit.files.remove"));
                remove.setTooltipText(getTranslation("oit.files.remove"));
                remove.addClassName("oit-file-remove");
                row.add(remove);
            }
            list.add(row);
        }
    }

    private Upload upload() {
        long maxMegabytes = files.maxMegabytes();
        Upload upload = new Upload();
        upload.setId("oit-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxMegabytes * 1024 * 1024));
        upload.setI18n(UploadTexts.of(getTranslation("oit.files.hint", maxMegabytes)));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("evidence.error.rejected", e.getFileName(),
                maxMegabytes)));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                files.attach(metadata.fileName(), bytes);
                Notifications.success(getTranslation("oit.files.attached", metadata.fileName()));
            } catch (RuntimeException refused) {
                Notifications.showRefusal(refused);
            }
            upload.clearFileList();
            refresh();
        }))));
        upload.setWidthFull();
        return upload;
    }

    private HorizontalLayout minutes() {
        ComboBox<Meeting> meeting = new ComboBox<>(getTranslation("oit.minutes.meeting"));
        meeting.setId("oit-minutes-meeting");
        List<Meeting> closed = files.closedMeetings();
        meeting.setItems(closed);
        meeting.setItemLabelGenerator(m -> getTranslation("oit.minutes.label", m.numberLabel(),
                BuddhistDates.format(m.getDate(), getLocale())));
        meeting.setWidthFull();
        Button attach = new Button(getTranslation("oit.minutes.attach"), VaadinIcon.NOTEBOOK.create());
        attach.setId("oit-minutes-attach");
        attach.addThemeVariants(ButtonVariant.LUMO_SMALL);
        attach.setEnabled(false);
        meeting.addValueChangeListener(e -> attach.setEnabled(e.getValue() != null));
        if (closed.isEmpty()) {
            meeting.setEnabled(false);
            meeting.setHelperText(getTranslation("oit.minutes.none"));
        }
        attach.addClickListener(e -> {
            Meeting chosen = meeting.getValue();
            try {
                files.attachMinutes(chosen);
                Notifications.success(getTranslation("oit.minutes.attached", chosen.numberLabel()));
                meeting.clear();
            } catch (RuntimeException refused) {
                Notifications.showRefusal(refused);
            }
            refresh();
        });
        HorizontalLayout line = new HorizontalLayout(meeting, attach);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setFlexGrow(1, meeting);
        return line;
    }
}
