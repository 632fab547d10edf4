package org.itaboard.hr.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.hr.domain.AttachmentInfo;
import org.itaboard.hr.domain.HrDocument;
import org.itaboard.hr.domain.HrVersion;
import org.itaboard.hr.domain.VersionStatus;
import org.itaboard.hr.service.BodyMarkup;
import org.itaboard.hr.service.CriteriaService;
import org.itaboard.hr.service.DocumentVersions;
import org.itaboard.hr.service.HrActions;
import org.itaboard.hr.service.HrDownload;
import org.itaboard.offices.domain.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * One personnel document: its versions (newest first, one shown at a time), the shown version's fields, which the
 * HR officer edits while it is a draft, its signed files, the steps the service allows now, who submitted, approved
 * and published it when, and the document's history.
 */
@Route("hr/documents/:id")
@RolesAllowed({Role.Names.HR_OFFICER, Role.Names.EXECUTIVE, Role.Names.COORDINATOR, Role.Names.ADMIN,
        Role.Names.BMA_ANALYST})
public class CriteriaDocumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CriteriaService service;
    private final Clock clock;
    private Long documentId;
    private Integer shownNumber;
    private String title = "";
    /** The files of the shown version; refreshed alone after an upload, so what is typed in the form stays. */
    private final Div filesBox = new Div();

    CriteriaDocumentView(CriteriaService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            documentId = event.getRouteParameters().getLong("id").orElseThrow();
            shownNumber = event.getLocation().getQueryParameters().getSingleParameter("v")
                    .map(Integer::valueOf).orElse(null);
            render();
        } catch (BusinessRuleException | AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render() {
        DocumentVersions doc = service.document(documentId);
        HrDocument document = doc.document();
        removeAll();
        if (doc.versions().isEmpty()) {
            add(new ViewHeader(HrTexts.kind(document), null));
            return;
        }
        HrVersion shown = doc.versions().stream().filter(v -> shownNumber != null && v.getNumber() == shownNumber)
                .findFirst().orElse(doc.versions().get(0));
        title = shown.getTitle().isBlank() ? HrTexts.kind(document) : shown.getTitle();
        HrActions may = service.actionsFor(shown);
        boolean published = doc.versions().stream().anyMatch(v -> v.getStatus() == VersionStatus.PUBLISHED);
        List<Component> headerActions = new ArrayList<>();
        if (published) {
            Anchor publicPage = new Anchor(HrTexts.publicUrl(document), getTranslation("hr.publicPage"), AnchorTarget.BLANK);
            publicPage.setId("hr-public-link");
            publicPage.getStyle().set("white-space", "nowrap");
            headerActions.add(publicPage);
        }
        headerActions.addAll(actions(shown, may));
        add(new ViewHeader(title, HrTexts.kind(document), headerActions.toArray(Component[]::new)));
        add(versionBar(doc.versions(), shown));
        HorizontalLayout state = new HorizontalLayout(HrTexts.statusBadge(shown.getStatus()),
                new Span(HrTexts.version(shown)));
        state.setAlignItems(FlexComponent.Alignment.CENTER);
        state.setId("hr-version-state");
        add(state);
        if (shown.getReturnComment() != null) {
            Span returned = new Span(getTranslation("hr.returnedWith", shown.getReturnComment()));
            returned.getElement().getThemeList().add("badge error");
            returned.getStyle().set("white-space", "normal");
            returned.setId("hr-return-note");
            add(returned);
        }
        if (shown.getStatus() == VersionStatus.PUBLISHED || shown.getStatus() == VersionStatus.SUPERSEDED) {
            Span note = new Span(getTranslation("hr.publishedNote"));
            note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            add(note);
        }
        if (may.edit()) {
            VersionForm form = new VersionForm(shown.content(), document.getKind());
            form.addSaveListener(e -> save(shown, e.content(), false));
            form.addSubmitListener(e -> save(shown, e.content(), true));
            add(section("hr.section.content", form));
        } else {
            add(section("hr.section.content", readOnly(shown)));
        }
        filesBox.removeAll();
        filesBox.add(files(shown, doc.attachmentsOf(shown), may.edit()));
        add(section("hr.section.files", filesBox));
        add(section("hr.section.record", record(shown)));
        add(section("hr.section.history", history(service.history(documentId))));
    }

    private List<Component> actions(HrVersion shown, HrActions may) {
        List<Component> actions = new ArrayList<>();
        if (may.approve()) {
            actions.add(step("hr-approve", "hr.approve", () -> service.approve(shown.getId()), true));
        }
        if (may.returnForChanges()) {
            Button back = new Button(getTranslation("hr.return"), e -> {
                ReturnDialog dialog = new ReturnDialog(HrTexts.version(shown));
                dialog.addReturnListener(r -> {
                    service.returnForChanges(shown.getId(), r.comment());
                    render();
                });
                dialog.open();
            });
            back.setId("hr-return");
            actions.add(back);
        }
        if (may.publish()) {
            actions.add(step("hr-publish", "hr.publish", () -> service.publish(shown.getId()), true));
        }
        if (may.newVersion()) {
            actions.add(step("hr-new-version", "hr.newVersion", () -> {
                HrVersion draft = service.startDraft(shown.getDocument().getOffice(), shown.getDocument().getKind(),
                        shown.getDocument().getFiscalYear());
                shownNumber = draft.getNumber();
            }, false));
        }
        return actions;
    }

    private Button step(String id, String key, Runnable action, boolean primary) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                action.run();
                Notifications.success(getTranslation("hr.saved"));
            } catch (RuntimeException refused) {
                Notifications.showRefusal(refused);
            }
            render();
        });
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setId(id);
        return button;
    }

    /** Saves the draft, and submits it when asked; a refused save keeps the typed fields on the page. */
    private void save(HrVersion shown, org.itaboard.hr.domain.VersionContent content, boolean submit) {
        HrVersion saved;
        try {
            saved = service.saveDraft(shown.getId(), shown.getVersion(), content);
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
            return;
        }
        try {
            if (submit) {
                service.submit(saved.getId());
            }
            Notifications.success(getTranslation(submit ? "hr.submitted" : "hr.saved"));
        } catch (RuntimeException refused) {
            // Saved, but not complete enough to submit: the page shows the saved draft, the reason on top.
            Notifications.showRefusal(refused);
        }
        render();
    }

    private Component versionBar(List<HrVersion> versions, HrVersion shown) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.getStyle().set("flex-wrap", "wrap");
        bar.setId("hr-versions");
        for (HrVersion v : versions) {
            Button b = new Button(HrTexts.version(v) + " · " + HrTexts.status(v.getStatus()), e -> {
                shownNumber = v.getNumber();
                getUI().ifPresent(ui -> ui.navigate("hr/documents/" + documentId,
                        QueryParameters.of("v", String.valueOf(v.getNumber()))));
            });
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, v.getNumber() == shown.getNumber()
                    ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            bar.add(b);
        }
        return bar;
    }

    private Component readOnly(HrVersion v) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(fact("hr.field.title", v.getTitle()),
                fact("hr.field.announcementNumber", v.getAnnouncementNumber()),
                fact("hr.field.announcementDate", HrTexts.date(v.getAnnouncementDate())),
                fact("hr.field.signer", v.getSigner()),
                fact("hr.field.effectiveDate", HrTexts.date(v.getEffectiveDate())));
        if (v.getDocument().getKind().isYearly()) {
            content.add(fact("hr.field.developmentResults", getTranslation(v.hasDevelopmentResults() ? "hr.yes" : "hr.no")));
        }
        // Sanitised on save and again here; Html needs a single root element.
        Html body = new Html("<div class=\"hr-body\">" + BodyMarkup.clean(v.getBodyHtml()) + "</div>");
        body.getElement().getStyle().set("overflow-wrap", "anywhere");
        body.setId("hr-body-view");
        content.add(body);
        return content;
    }

    private Component files(HrVersion version, List<AttachmentInfo> files, boolean editable) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("hr-files");
        if (files.isEmpty()) {
            Span none = new Span(getTranslation("hr.files.none"));
            none.addClassName(LumoUtility.TextColor.SECONDARY);
            list.add(none);
        }
        for (AttachmentInfo file : files) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                HrDownload d = service.download(file.id());
                return new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(),
                        d.content().length);
            }), file.originalName() + " (" + Math.max(1, file.sizeBytes() / 1024) + " KB)");
            HorizontalLayout row = new HorizontalLayout(VaadinIcon.FILE_TEXT_O.create(), download);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            if (editable) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    try {
                        service.removeAttachment(file.id());
                    } catch (RuntimeException refused) {
                        Notifications.showRefusal(refused);
                    }
                    refreshFiles(version);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("hr.files.remove"));
                row.add(remove);
            }
            list.add(row);
        }
        if (editable) {
            long maxMegabytes = service.maxFileMegabytes();
            Upload upload = new Upload();
            upload.setId("hr-upload");
            upload.setMaxFiles(1);
            upload.setAcceptedFileTypes("application/pdf", ".pdf");
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxMegabytes * 1024 * 1024));
            upload.addFileRejectedListener(e -> Notifications.error(getTranslation("evidence.error.rejected",
                    e.getFileName(), maxMegabytes)));
            upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                try {
                    service.attach(version.getId(), metadata.fileName(), bytes);
                    Notifications.success(getTranslation("hr.files.attached", metadata.fileName()));
                } catch (RuntimeException refused) {
                    Notifications.showRefusal(refused);
                }
                refreshFiles(version);
            }))));
            Span hint = new Span(getTranslation("hr.files.hint", maxMegabytes));
            hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            list.add(hint, upload);
        }
        return list;
    }

    private void refreshFiles(HrVersion version) {
        filesBox.removeAll();
        filesBox.add(files(version, service.document(documentId).attachmentsOf(version), true));
    }

    private Component record(HrVersion v) {
        VerticalLayout record = new VerticalLayout();
        record.setPadding(false);
        record.setSpacing(false);
        record.setId("hr-record");
        record.add(fact("hr.record.submitted", who(v.getSubmittedBy(), v.getSubmittedAt())),
                fact("hr.record.approved", who(v.getApprovedBy(), v.getApprovedAt())),
                fact("hr.record.published", who(v.getPublishedBy(), v.getPublishedAt())));
        if (v.getSupersededAt() != null) {
            record.add(fact("hr.record.superseded", HrTexts.dateTime(v.getSupersededAt(), clock.getZone())));
        }
        return record;
    }

    private String who(String by, java.time.Instant at) {
        return by == null ? "–" : by + " · " + HrTexts.dateTime(at, clock.getZone());
    }

    private Component history(List<AuditEntry> entries) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("hr-history");
        for (AuditEntry entry : entries) {
            Span head = new Span(HrTexts.dateTime(entry.getOccurredAt(), clock.getZone()) + " · " + entry.getUsername()
                    + " · " + getTranslation("hr.action." + entry.getAction()));
            head.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            list.add(head);
            for (FieldChange change : entry.getChanges()) {
                String before = change.before() == null ? "" : change.before() + " → ";
                Span line = new Span(getTranslation("hr.historyField." + change.field()) + ": " + before
                        + (change.after() == null ? "–" : change.after()));
                line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                line.getStyle().set("overflow-wrap", "anywhere").set("white-space", "pre-line")
                        .set("max-height", "6em").set("overflow", "hidden");
                list.add(line);
            }
        }
        return list;
    }

    private Component fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        label.setMinWidth("11rem");
        Span text = new Span(value == null || value.isBlank() ? "–" : value);
        HorizontalLayout row = new HorizontalLayout(label, text);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private Component section(String key, Component content) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
        Div section = new Div(heading, content);
        section.setWidthFull();
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
