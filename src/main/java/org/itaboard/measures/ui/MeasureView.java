package org.itaboard.measures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.function.Function;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.BuddhistDatePicker;
import org.itaboard.base.ui.InvalidInput;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.division.domain.Division;
import org.itaboard.division.service.DivisionService;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.measures.domain.Decision;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.domain.EvidenceKind;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureStatus;
import org.itaboard.measures.domain.ProgressUpdate;
import org.itaboard.measures.domain.SignOff;
import org.itaboard.measures.service.EvidenceDownload;
import org.itaboard.measures.service.EvidenceService;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.measures.service.ProgressInput;
import org.itaboard.scoring.domain.ItemResult;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.service.CurrentUser;

/**
 * One measure: its details, the items it addresses with their scores, the progress timeline, the
 * evidence gallery, the executives' sign-off and the full history. Files are served through
 * per-view download handlers that ask the service again, never through a public URL.
 */
@Route("measures/:id")
@PermitAll
public class MeasureView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MeasureService service;
    private final EvidenceService evidence;
    private final ScoreService scores;
    private final CurrentUser currentUser;
    private final DivisionService divisions;
    private Long id;
    private Measure measure;

    MeasureView(MeasureService service, EvidenceService evidence, ScoreService scores, CurrentUser currentUser,
            DivisionService divisions) {
        this.divisions = divisions;
        this.service = service;
        this.evidence = evidence;
        this.scores = scores;
        this.currentUser = currentUser;
        setMaxWidth("1200px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow();
        render();
    }

    private void render() {
        measure = service.get(id);
        removeAll();
        add(new ViewHeader(measure.getTitle(), getTranslation("measures.year") + " " + measure.getFiscalYear().getBeYear()
                + " · " + MeasureTexts.division(measure.getLeadDivision()), actions().toArray(Component[]::new)));
        HorizontalLayout state = new HorizontalLayout(MeasureTexts.statusCell(measure, service.today()),
                MeasureTexts.progressCell(measure));
        measure.nextUpdateDue().ifPresent(d -> state.add(new Span(getTranslation("measures.nextUpdateDue") + ": "
                + MeasureTexts.date(d))));
        state.setAlignItems(FlexComponent.Alignment.CENTER);
        add(state);
        if (measure.isFrozen() || measure.getStatus() == MeasureStatus.VERIFIED) {
            add(note(getTranslation("measure.frozenNote")));
        }
        if (measure.getStatus() == MeasureStatus.CANCELLED) {
            add(note(getTranslation("measure.cancelledNote", measure.getCancelReason())));
        }
        add(section("measure.details", details()), section("measure.linkedItems", linkedItems()),
                section("measure.timeline", timeline()), section("measure.gallery", gallery()),
                section("measure.signOffs", signOffs()), section("measure.history", history()));
    }

    private List<Component> actions() {
        List<Component> actions = new java.util.ArrayList<>();
        if (service.mayContribute(measure)) {
            Button report = new Button(getTranslation("progress.add"), VaadinIcon.PLUS.create(), e -> progressDialog());
            report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            report.setId("add-progress");
            actions.add(report);
        }
        if (service.mayEdit(measure)) {
            Button edit = new Button(getTranslation("measures.edit"), VaadinIcon.EDIT.create(),
                    e -> MeasureFormView.openEdit(id));
            edit.setId("edit-measure");
            actions.add(edit);
            if (measure.getStatus() == MeasureStatus.DRAFT) {
                actions.add(step("measure.activate", () -> service.activate(id)));
            }
            if (measure.getStatus() == MeasureStatus.ACTIVE) {
                actions.add(step("measure.complete", () -> service.complete(id)));
            }
        }
        boolean coordinator = currentUser.hasRole(Role.COORDINATOR);
        if (coordinator && measure.getStatus() == MeasureStatus.DONE) {
            actions.add(step("measure.verify", () -> service.verify(id)));
        }
        if (coordinator && (measure.isFrozen() || measure.getStatus() == MeasureStatus.VERIFIED
                || measure.getStatus() == MeasureStatus.CANCELLED)) {
            actions.add(reasoned("measure.reopen", reason -> service.reopen(id, reason)));
        } else if (coordinator && measure.getStatus() != MeasureStatus.CANCELLED) {
            actions.add(reasoned("measure.cancel", reason -> service.cancel(id, reason)));
        }
        return actions;
    }

    private Button step(String key, Runnable action) {
        return new Button(getTranslation(key), e -> run(action));
    }

    private Button reasoned(String key, Function<String, Object> action) {
        return new Button(getTranslation(key), e -> {
            TextArea reason = new TextArea(getTranslation("measure.reasonPrompt"));
            reason.setWidthFull();
            ActionDialog dialog = new ActionDialog(getTranslation(key), getTranslation(key),
                    () -> action.apply(reason.getValue()), this::render, reason);
            dialog.setWidth("min(520px, 96vw)");
            dialog.open();
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
            Notifications.success(getTranslation("action.saved"));
            render();
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        }
    }

    private Component details() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        field(form, "weakness", measure.getWeakness());
        field(form, "activity", measure.getActivity());
        field(form, "expectedOutput", measure.getExpectedOutput());
        field(form, "channels", measure.getChannels());
        field(form, "leadDivision", MeasureTexts.division(measure.getLeadDivision()));
        field(form, "supportingDivisions", MeasureTexts.supporting(measure));
        field(form, "owner", measure.getOwner());
        field(form, "monitor", measure.getMonitor());
        field(form, "frequency", getTranslation("measure.frequency." + measure.getFrequency().name()));
        field(form, "period", MeasureTexts.date(measure.getStartDate()) + " – " + MeasureTexts.date(measure.getDueDate()));
        field(form, "budget", MeasureTexts.display(measure.getBudget()));
        field(form, "kpi", MeasureTexts.display(measure.getKpi()));
        field(form, "result", measure.getResult());
        field(form, "problems", measure.getProblems());
        field(form, "recommendations", measure.getRecommendations());
        return form;
    }

    private void field(FormLayout form, String key, String value) {
        Span label = new Span(getTranslation("measure.field." + key));
        label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Span text = new Span(value == null || value.isBlank() ? "–" : value);
        text.getStyle().set("white-space", "pre-line");
        VerticalLayout pair = new VerticalLayout(label, text);
        pair.setPadding(false);
        pair.setSpacing(false);
        form.add(pair);
    }

    private Component linkedItems() {
        var results = scores.scores(measure.getFiscalYear().getBeYear()).itemResultsByCode();
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (Item item : measure.getItems().stream().sorted(java.util.Comparator.comparing(Item::getSortOrder)).toList()) {
            ItemResult r = results.get(item.getCode());
            Span code = new Span(item.getCode());
            code.addClassName(LumoUtility.FontWeight.BOLD);
            String scoreText = r == null || r.score() == null ? getTranslation("measure.notScored")
                    : r.score().stripTrailingZeros().toPlainString()
                            + (r.grade() == null ? "" : " (" + ("en".equals(getLocale().getLanguage()) ? r.grade().labelEn() : r.grade().labelTh()) + ")");
            Span score = new Span(scoreText);
            if (r != null && r.score() != null) {
                score.addClassName(r.score().compareTo(measure.getFiscalYear().getWeakThreshold()) < 0 ? "score-weak" : "score-good");
            }
            list.add(new HorizontalLayout(code, new Span(item.getTopic(getLocale())), score));
        }
        if (measure.getItems().isEmpty()) {
            list.add(new Span("–"));
        }
        return list;
    }

    private Component timeline() {
        List<ProgressUpdate> updates = service.progress(id);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("progress-timeline");
        if (updates.isEmpty()) {
            list.add(new Span(getTranslation("measure.timeline.empty")));
        }
        for (ProgressUpdate u : updates) {
            Span when = new Span(MeasureTexts.date(u.getReportedOn()));
            when.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            Span who = new Span(MeasureTexts.division(u.getDivision()) + " · " + getTranslation("progress.by", u.getAuthor()));
            who.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            Span progress = new Span(u.getProgress() + "%");
            progress.getElement().getThemeList().add("badge");
            HorizontalLayout head = new HorizontalLayout(when, progress, who);
            head.setAlignItems(FlexComponent.Alignment.CENTER);
            Span text = new Span(u.getText());
            text.getStyle().set("white-space", "pre-line");
            VerticalLayout entry = new VerticalLayout(head, text);
            entry.setSpacing(false);
            entry.getStyle().set("border-left", "3px solid var(--lumo-primary-color)").set("padding", "0 0 0 var(--lumo-space-m)");
            if (u.getEvidence() != null) {
                entry.add(evidenceCard(u.getEvidence()));
            }
            list.add(entry);
        }
        return list;
    }

    private Component gallery() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        if (service.mayContribute(measure)) {
            Button file = new Button(getTranslation("evidence.addFile"), VaadinIcon.UPLOAD.create(), e -> fileDialog());
            Button link = new Button(getTranslation("evidence.addLink"), VaadinIcon.LINK.create(), e -> linkDialog());
            section.add(new HorizontalLayout(file, link));
        }
        List<Evidence> all = evidence.list(id);
        if (all.isEmpty()) {
            section.add(new Span(getTranslation("measure.gallery.empty")));
        }
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setId("evidence-gallery");
        all.forEach(e -> cards.add(evidenceCard(e)));
        section.add(cards);
        return section;
    }

    private Component evidenceCard(Evidence e) {
        Div card = new Div();
        card.addClassNames("ita-card", "evidence-card");
        card.getStyle().set("width", "220px").set("box-sizing", "border-box");
        if (e.hasThumbnail()) {
            Image thumbnail = new Image(download(e.getId(), evidence::thumbnail), e.getTitle());
            thumbnail.setWidthFull();
            thumbnail.getStyle().set("border-radius", "var(--lumo-border-radius-m)");
            card.add(thumbnail);
        } else {
            var icon = (e.getKind() == EvidenceKind.LINK ? VaadinIcon.LINK : VaadinIcon.FILE_TEXT_O).create();
            icon.setSize("48px");
            icon.setColor("var(--lumo-contrast-50pct)");
            card.add(icon);
        }
        Span title = new Span(e.getTitle());
        title.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        title.getStyle().set("display", "block");
        card.add(title);
        Span meta = new Span(getTranslation("evidence.kind." + e.getKind().name()) + " · "
                + getTranslation("evidence.addedBy", e.getAddedBy())
                + (e.getPublishedOn() == null ? "" : " · " + MeasureTexts.date(e.getPublishedOn())));
        meta.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL);
        meta.getStyle().set("display", "block");
        card.add(meta);
        if (e.isExpired(service.today())) {
            Span expired = new Span(getTranslation("evidence.expired"));
            expired.getElement().getThemeList().add("badge error");
            card.add(expired);
        }
        if (e.getVerifiedBy() != null) {
            Span verified = new Span(getTranslation("evidence.verified", e.getVerifiedBy()));
            verified.getElement().getThemeList().add("badge success");
            card.add(verified);
        }
        if (e.getKind() == EvidenceKind.LINK) {
            Anchor open = new Anchor(e.getUrl(), e.getUrl(), AnchorTarget.BLANK);
            open.getElement().setAttribute("rel", "noopener noreferrer");
            open.getStyle().set("display", "block").set("overflow-wrap", "anywhere").set("font-size", "var(--lumo-font-size-s)");
            card.add(open);
        } else {
            Anchor get = new Anchor(download(e.getId(), evidence::download), getTranslation("evidence.download"));
            get.getStyle().set("display", "block");
            card.add(get);
        }
        if (currentUser.hasRole(Role.COORDINATOR) && e.getVerifiedBy() == null) {
            Button verify = new Button(getTranslation("evidence.verify"), click -> run(() -> evidence.verify(e.getId())));
            verify.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            card.add(verify);
        }
        return card;
    }

    /** A download that asks the service (and so its access check) at the moment the file is fetched. */
    private static DownloadHandler download(Long evidenceId, Function<Long, EvidenceDownload> fetch) {
        return DownloadHandler.fromInputStream(event -> {
            EvidenceDownload file = fetch.apply(evidenceId);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        });
    }

    private Component signOffs() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        List<SignOff> all = service.signOffs(id);
        if (all.isEmpty()) {
            panel.add(new Span(getTranslation("measure.signOffs.empty")));
        }
        for (SignOff s : all) {
            Span decision = new Span(getTranslation("signoff." + s.getDecision().name()));
            decision.getElement().getThemeList().add(s.getDecision() == Decision.APPROVED ? "badge success" : "badge error");
            HorizontalLayout row = new HorizontalLayout(decision, new Span(s.getDecidedBy() + " · " + when(s.getDecidedAt())));
            if (s.getNote() != null) {
                row.add(new Span("“" + s.getNote() + "”"));
            }
            panel.add(row);
        }
        if (currentUser.hasRole(Role.EXECUTIVE) && measure.getStatus() != MeasureStatus.CANCELLED) {
            TextArea note = new TextArea(getTranslation("signoff.note"));
            note.setWidthFull();
            Button approve = new Button(getTranslation("signoff.approve"), VaadinIcon.CHECK.create(),
                    e -> run(() -> service.signOff(id, Decision.APPROVED, note.getValue())));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            approve.setId("sign-off-approve");
            Button back = new Button(getTranslation("signoff.return"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> run(() -> service.signOff(id, Decision.RETURNED, note.getValue())));
            panel.add(note, new HorizontalLayout(approve, back));
        }
        return panel;
    }

    private Component history() {
        List<AuditEntry> entries = service.history(id);
        Map<String, Division> divisionsByCode = divisions.findAll().stream()
                .collect(Collectors.toMap(Division::getCode, d -> d));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        if (entries.isEmpty()) {
            list.add(new Span(getTranslation("measure.history.empty")));
        }
        for (AuditEntry a : entries) {
            Span head = new Span(when(a.getOccurredAt()) + " · " + a.getUsername() + " · "
                    + getTranslation("measure.action." + a.getAction()));
            head.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            VerticalLayout entry = new VerticalLayout(head);
            entry.setPadding(false);
            entry.setSpacing(false);
            entry.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            for (FieldChange c : a.getChanges()) {
                Span line = new Span(getTranslation("measure.field." + c.field()) + ": "
                        + MeasureTexts.historyValue(c.field(), c.before(), divisionsByCode) + " → "
                        + MeasureTexts.historyValue(c.field(), c.after(), divisionsByCode));
                line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                line.getStyle().set("overflow-wrap", "anywhere");
                entry.add(line);
            }
            list.add(entry);
        }
        return list;
    }

    private void progressDialog() {
        BuddhistDatePicker date = new BuddhistDatePicker(getTranslation("progress.date"));
        date.setValue(service.today());
        date.setMax(service.today());
        TextArea text = new TextArea(getTranslation("progress.text"));
        text.setWidthFull();
        text.setId("progress-text");
        TextField progress = new TextField(getTranslation("progress.value"));
        progress.setValue(String.valueOf(measure.getProgress()));
        progress.setId("progress-value");
        FileField file = new FileField();
        file.setId("progress-file");
        Span attach = new Span(getTranslation("progress.attach"));
        attach.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        VerticalLayout body = new VerticalLayout(new HorizontalLayout(date, progress), text, attach, file);
        body.setPadding(false);
        ActionDialog dialog = new ActionDialog(getTranslation("progress.add"), getTranslation("action.save"), () -> {
            Integer value;
            try {
                value = ThaiDigits.parseInteger(progress.getValue());
            } catch (IllegalArgumentException notANumber) {
                value = InvalidInput.mark(progress, getTranslation("measure.form.numberInvalid"));
            }
            service.addProgress(id, new ProgressInput(date.getValue(), text.getValue(), value),
                    file.toUpload(null, date.getValue(), null));
            Notifications.success(getTranslation("progress.saved"));
        }, this::render, body);
        dialog.setId("progress-dialog");
        dialog.primaryButton().setId("progress-save");
        dialog.open();
    }

    private void fileDialog() {
        TextField title = new TextField(getTranslation("evidence.title"));
        title.setWidthFull();
        BuddhistDatePicker published = new BuddhistDatePicker(getTranslation("evidence.publishedOn"));
        published.setValue(service.today());
        BuddhistDatePicker expires = new BuddhistDatePicker(getTranslation("evidence.expiresOn"));
        FileField file = new FileField();
        Span hint = new Span(getTranslation("evidence.file", evidence.maxSize().toMegabytes()));
        hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        ActionDialog dialog = new ActionDialog(getTranslation("evidence.addFile"), getTranslation("action.save"), () -> {
            if (!file.hasFile()) {
                Notifications.error(getTranslation("evidence.error.empty"));
                throw new InvalidInput("evidence.error.empty");
            }
            evidence.addFile(id, file.toUpload(title.getValue(), published.getValue(), expires.getValue()));
        }, this::render, new VerticalLayout(title, new HorizontalLayout(published, expires), hint, file));
        dialog.open();
    }

    private void linkDialog() {
        TextField title = new TextField(getTranslation("evidence.title"));
        title.setWidthFull();
        TextField url = new TextField(getTranslation("evidence.url"));
        url.setWidthFull();
        url.setPlaceholder("https://");
        BuddhistDatePicker published = new BuddhistDatePicker(getTranslation("evidence.publishedOn"));
        published.setValue(service.today());
        BuddhistDatePicker expires = new BuddhistDatePicker(getTranslation("evidence.expiresOn"));
        ActionDialog dialog = new ActionDialog(getTranslation("evidence.addLink"), getTranslation("action.save"),
                () -> evidence.addLink(id, title.getValue(), url.getValue(), published.getValue(), expires.getValue()),
                this::render, new VerticalLayout(title, url, new HorizontalLayout(published, expires)));
        dialog.open();
    }

    private Component section(String key, Component content) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        VerticalLayout section = new VerticalLayout(heading, content);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private static Span note(String text) {
        Span note = new Span(text);
        note.getElement().getThemeList().add("badge contrast");
        note.getStyle().set("white-space", "normal").set("padding", "var(--lumo-space-s)");
        return note;
    }

    private String when(java.time.Instant instant) {
        var local = instant.atZone(ZoneId.of("Asia/Bangkok"));
        return MeasureTexts.date(local.toLocalDate()) + " " + TIME.format(local);
    }

    @Override
    public String getPageTitle() {
        return measure == null ? getTranslation("nav.measures") : measure.getTitle();
    }
}
