package org.itaboard.measures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.measures.domain.ProgressUpdate;
import java.util.stream.Collectors;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.division.domain.Division;
import org.itaboard.division.service.DivisionService;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureStatus;
import org.itaboard.measures.domain.SignOff;
import org.itaboard.measures.service.EvidenceDownload;
import org.itaboard.measures.service.EvidenceService;
import org.itaboard.measures.service.MeasureActions;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.security.service.People;

/**
 * One measure: its details, the items it addresses with their scores, the progress timeline, the
 * evidence gallery, the executives' sign-off and the full history. The page composes the sections,
 * offers the actions {@link MeasureService#actionsFor} allows, and calls the services when a section
 * or dialog raises an event.
 */
@Route("measures/:id")
@PermitAll
public class MeasureView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeasureService service;
    private final EvidenceService evidence;
    private final ScoreService scores;
    private final DivisionService divisions;
    private final Clock clock;
    private final People people;
    private UnaryOperator<String> person = UnaryOperator.identity();
    private Long id;
    private Measure measure;

    MeasureView(MeasureService service, EvidenceService evidence, ScoreService scores, DivisionService divisions,
            Clock clock, People people) {
        this.service = service;
        this.people = people;
        this.evidence = evidence;
        this.scores = scores;
        this.divisions = divisions;
        this.clock = clock;
        setMaxWidth("1200px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow();
        render();
    }

    private void render() {
        measure = service.get(id);
        MeasureActions may = service.actionsFor(measure);
        LocalDate today = service.today();
        removeAll();
        add(new ViewHeader(measure.getTitle(), getTranslation("measures.year") + " " + measure.getFiscalYear().getBeYear()
                + " · " + MeasureTexts.division(measure.getLeadDivision()), actions(may)));
        HorizontalLayout state = new HorizontalLayout(MeasureTexts.statusCell(measure, today),
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

        List<Evidence> files = evidence.list(id);
        List<ProgressUpdate> updates = service.progress(id);
        List<SignOff> decisions = service.signOffs(id);
        List<AuditEntry> history = service.history(id);
        person = people(files, updates, decisions, history);
        Function<Evidence, Component> evidenceCard = e -> evidenceCard(e, today, may.verifyEvidence());
        GallerySection gallery = new GallerySection(files, may.addEvidence(), evidenceCard);
        gallery.addAddFileListener(e -> addFile(today));
        gallery.addAddLinkListener(e -> addLink(today));
        SignOffPanel signOffs = new SignOffPanel(measure, decisions, person, may.signOff(), today,
                clock.getZone(), e -> {
                    // A refusal (wrong password) propagates to the dialog, which stays open with what was typed.
                    service.signOff(id, e.decision(), e.note(), e.password());
                    Notifications.success(getTranslation("action.saved"));
                    render();
                });
        Map<String, Division> divisionsByCode = divisions.findAll().stream()
                .collect(Collectors.toMap(Division::getCode, d -> d));
        add(section("measure.details", new MeasureDetails(measure)),
                section("measure.linkedItems", new LinkedItemsSection(measure,
                        scores.scores(measure.getFiscalYear()).itemResultsByCode())),
                section("measure.timeline", new TimelineSection(updates, evidenceCard, person)),
                section("measure.gallery", gallery),
                section("measure.signOffs", signOffs),
                section("measure.history", new HistorySection(history, divisionsByCode, clock.getZone(), person)));
    }

    /** Everyone named on the page (who reported, added, verified, decided, changed), as name and position. */
    private UnaryOperator<String> people(List<Evidence> files, List<ProgressUpdate> updates, List<SignOff> decisions,
            List<AuditEntry> history) {
        Set<String> usernames = new HashSet<>();
        files.forEach(e -> {
            usernames.add(e.getAddedBy());
            usernames.add(e.getVerifiedBy());
        });
        updates.forEach(u -> {
            usernames.add(u.getAuthor());
            if (u.getEvidence() != null) {
                usernames.add(u.getEvidence().getAddedBy());
                usernames.add(u.getEvidence().getVerifiedBy());
            }
        });
        decisions.forEach(d -> usernames.add(d.getDecidedBy()));
        history.forEach(h -> usernames.add(h.getUsername()));
        Map<String, String> shown = people.describe(usernames);
        return username -> shown.getOrDefault(username, username);
    }

    private Component[] actions(MeasureActions may) {
        List<Component> actions = new ArrayList<>();
        if (may.reportProgress()) {
            Button report = new Button(getTranslation("progress.add"), VaadinIcon.PLUS.create(), e -> reportProgress());
            report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            report.setId("add-progress");
            actions.add(report);
        }
        if (may.edit()) {
            Button edit = new Button(getTranslation("measures.edit"), VaadinIcon.EDIT.create(),
                    e -> MeasureFormView.openEdit(id));
            edit.setId("edit-measure");
            actions.add(edit);
        }
        if (may.activate()) {
            // From DONE the same step sends finished work back to ACTIVE.
            String key = measure.getStatus() == MeasureStatus.DONE ? "measure.resume" : "measure.activate";
            actions.add(step("measure-activate", key, () -> service.activate(id)));
        }
        if (may.complete()) {
            actions.add(step("measure-complete", "measure.complete", () -> service.complete(id)));
        }
        if (may.verify()) {
            actions.add(step("measure-verify", "measure.verify", () -> service.verify(id)));
        }
        if (may.reopen()) {
            actions.add(reasoned("measure-reopen", "measure.reopen", reason -> service.reopen(id, reason)));
        }
        if (may.cancel()) {
            actions.add(reasoned("measure-cancel", "measure.cancel", reason -> service.cancel(id, reason)));
        }
        return actions.toArray(Component[]::new);
    }

    private Button step(String buttonId, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> run(action));
        button.setId(buttonId);
        return button;
    }

    private Button reasoned(String buttonId, String key, Function<String, Measure> action) {
        Button button = new Button(getTranslation(key), e -> {
            ReasonDialog dialog = new ReasonDialog(key);
            dialog.addConfirmListener(confirmed -> {
                action.apply(confirmed.reason());
                render();
            });
            dialog.open();
        });
        button.setId(buttonId);
        return button;
    }

    private void reportProgress() {
        ProgressDialog dialog = new ProgressDialog(measure.getProgress(), service.today(), evidence.maxSize().toMegabytes());
        dialog.addSaveListener(e -> {
            service.addProgress(id, e.input(), e.upload());
            Notifications.success(getTranslation("progress.saved"));
            render();
        });
        dialog.open();
    }

    private void addFile(LocalDate today) {
        EvidenceFileDialog dialog = new EvidenceFileDialog(today, evidence.maxSize().toMegabytes());
        dialog.addSaveListener(e -> {
            evidence.addFile(id, e.upload());
            render();
        });
        dialog.open();
    }

    private void addLink(LocalDate today) {
        EvidenceLinkDialog dialog = new EvidenceLinkDialog(today);
        dialog.addSaveListener(e -> {
            evidence.addLink(id, e.title(), e.url(), e.publishedOn(), e.expiresOn());
            render();
        });
        dialog.open();
    }

    private EvidenceCard evidenceCard(Evidence e, LocalDate today, boolean mayVerify) {
        EvidenceCard card = new EvidenceCard(e, today, mayVerify, served(e.getId(), evidence::download),
                served(e.getId(), evidence::thumbnail), person);
        card.addVerifyListener(verify -> run(() -> evidence.verify(verify.evidence().getId())));
        return card;
    }

    /** A download that asks the service (and so its access check) at the moment the file is fetched. */
    private static DownloadHandler served(Long evidenceId, Function<Long, EvidenceDownload> fetch) {
        return DownloadHandler.fromInputStream(event -> {
            EvidenceDownload file = fetch.apply(evidenceId);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        });
    }

    /** Runs a step the user clicked: on success the page is drawn again, a refusal is shown in words. */
    private void run(Runnable action) {
        try {
            action.run();
            Notifications.success(getTranslation("action.saved"));
            render();
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        }
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

    @Override
    public String getPageTitle() {
        return measure == null ? getTranslation("nav.measures") : measure.getTitle();
    }
}
