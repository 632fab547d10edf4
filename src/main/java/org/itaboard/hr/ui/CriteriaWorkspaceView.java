package org.itaboard.hr.ui;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.fiscalyear.ui.YearSelector;
import org.itaboard.hr.domain.Completeness;
import org.itaboard.hr.domain.HrVersion;
import org.itaboard.hr.domain.KindStatus;
import org.itaboard.hr.service.CriteriaService;
import org.itaboard.hr.service.HrActions;
import org.itaboard.hr.service.LastAssessment;
import org.itaboard.offices.domain.Role;

/**
 * The HR officer's desk for the personnel criteria, and the executives' place to approve them: what the year
 * still wants (in the assessors' words), the drafts, what waits for approval or publication, and what the
 * assessors found wanting in the last scored year. Every action shown is one the service allows the user.
 */
@Route("hr")
@Menu(order = 60, icon = "vaadin:file-text-o", title = "nav.hr")
@RolesAllowed({Role.Names.HR_OFFICER, Role.Names.EXECUTIVE, Role.Names.COORDINATOR, Role.Names.ADMIN})
public class CriteriaWorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CriteriaService service;
    private final YearInViewResolver resolver;
    private final YearSelector yearSelector = new YearSelector(CriteriaWorkspaceView.class);
    private YearInView inView;

    CriteriaWorkspaceView(CriteriaService service, YearInViewResolver resolver) {
        this.service = service;
        this.resolver = resolver;
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        resolver.resolve(event, YearPurpose.WORK).ifPresent(resolved -> {
            inView = resolved;
            yearSelector.show(resolved, resolver.isOwnOffice(resolved));
            render();
        });
    }

    private void render() {
        removeAll();
        String publicIndex = "/public/" + inView.office().getCode() + "/hr";
        Anchor publicLink = new Anchor(publicIndex, getTranslation("hr.publicPages"), AnchorTarget.BLANK);
        publicLink.setId("hr-public-index");
        publicLink.getStyle().set("white-space", "nowrap");
        add(new ViewHeader(getTranslation("nav.hr"), getTranslation("hr.workspace.description"), publicLink, yearSelector));
        Optional<FiscalYear> year = inView.year();
        if (year.isEmpty()) {
            add(new Span(getTranslation("hr.noYear")));
            return;
        }
        Completeness completeness = service.completeness(year.get());
        add(section("hr-due", getTranslation("hr.due", year.get().getBeYear(), HrTexts.date(completeness.checkedOn())),
                dueList(completeness, year.get())));
        add(section("hr-awaiting", getTranslation("hr.awaiting"), versionList(service.awaitingApproval(inView.office()),
                "hr.awaiting.empty")));
        add(section("hr-approved", getTranslation("hr.approvedUnpublished"),
                versionList(service.approvedUnpublished(inView.office()), "hr.approvedUnpublished.empty")));
        add(section("hr-drafts", getTranslation("hr.drafts"), versionList(service.drafts(inView.office()),
                "hr.drafts.empty")));
        add(section("hr-last-year", getTranslation("hr.lastAssessment"), lastAssessment(year.get())));
    }

    private Component dueList(Completeness completeness, FiscalYear year) {
        VerticalLayout list = list();
        if (completeness.complete()) {
            list.add(new Span(getTranslation("hr.due.complete")));
        }
        boolean ownOffice = resolver.isOwnOffice(inView);
        List<HrVersion> inProgress = ownOffice ? service.versionsOf(inView.office()).stream()
                .filter(v -> v.getStatus().isInProgress()).toList() : List.of();
        for (KindStatus status : completeness.kinds()) {
            Span name = new Span(getTranslation(status.kind().nameKey()));
            name.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            name.setMinWidth("19rem");
            Span state = new Span(status.complete() ? getTranslation("hr.complete") : HrTexts.gaps(status));
            state.getElement().getThemeList().add(status.complete() ? "badge success" : "badge error");
            HorizontalLayout row = row(name, state);
            row.setId("hr-due-" + status.kind().name());
            status.inForce().ifPresent(v -> row.add(link(v, getTranslation("hr.inForce", v.getNumber()))));
            inProgress.stream().filter(v -> v.getDocument().getKind() == status.kind()
                            && (!status.kind().isYearly() || v.getDocument().getFiscalYear().getId().equals(year.getId())))
                    .findFirst()
                    .ifPresentOrElse(v -> row.add(link(v, getTranslation("hr.inProgress", v.getNumber(),
                                    HrTexts.status(v.getStatus())))),
                            () -> {
                                if (!status.complete() && ownOffice && service.mayDraft(inView.office())) {
                                    Button start = new Button(getTranslation("hr.startDraft"), VaadinIcon.PLUS.create(),
                                            e -> startDraft(status, year));
                                    start.addThemeVariants(ButtonVariant.LUMO_SMALL);
                                    start.setId("hr-start-" + status.kind().name());
                                    row.add(start);
                                }
                            });
            list.add(row);
        }
        return list;
    }

    private void startDraft(KindStatus status, FiscalYear year) {
        try {
            HrVersion draft = service.startDraft(inView.office(), status.kind(), year);
            getUI().ifPresent(ui -> ui.navigate(CriteriaDocumentView.class,
                    new RouteParameters("id", String.valueOf(draft.getDocument().getId()))));
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        }
    }

    private Component versionList(List<HrVersion> versions, String emptyKey) {
        VerticalLayout list = list();
        if (versions.isEmpty()) {
            Span empty = new Span(getTranslation(emptyKey));
            empty.addClassName(LumoUtility.TextColor.SECONDARY);
            list.add(empty);
        }
        for (HrVersion v : versions) {
            HrActions may = service.actionsFor(v);
            Span kind = new Span(HrTexts.kind(v.getDocument()));
            kind.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            HorizontalLayout row = row(link(v, v.getTitle().isBlank() ? getTranslation("hr.untitled") : v.getTitle()),
                    new Span(HrTexts.version(v)), kind);
            row.setId("hr-version-" + v.getId());
            if (v.getReturnComment() != null) {
                Span returned = new Span(getTranslation("hr.returnedWith", v.getReturnComment()));
                returned.getElement().getThemeList().add("badge error");
                returned.getStyle().set("white-space", "normal");
                row.add(returned);
            }
            if (may.approve()) {
                Button approve = new Button(getTranslation("hr.approve"), VaadinIcon.CHECK.create(),
                        e -> run(() -> service.approve(v.getId())));
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                approve.setId("hr-approve-" + v.getId());
                row.add(approve);
            }
            if (may.returnForChanges()) {
                Button back = new Button(getTranslation("hr.return"), e -> {
                    ReturnDialog dialog = new ReturnDialog(HrTexts.version(v));
                    dialog.addReturnListener(r -> {
                        service.returnForChanges(v.getId(), r.comment());
                        render();
                    });
                    dialog.open();
                });
                back.addThemeVariants(ButtonVariant.LUMO_SMALL);
                back.setId("hr-return-" + v.getId());
                row.add(back);
            }
            if (may.publish()) {
                Button publish = new Button(getTranslation("hr.publish"), VaadinIcon.GLOBE.create(),
                        e -> run(() -> service.publish(v.getId())));
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                publish.setId("hr-publish-" + v.getId());
                row.add(publish);
            }
            list.add(row);
        }
        return list;
    }

    private Component lastAssessment(FiscalYear year) {
        VerticalLayout list = list();
        Optional<LastAssessment> last = service.lastAssessment(year);
        if (last.isEmpty()) {
            list.add(new Span(getTranslation("hr.lastAssessment.none")));
            return list;
        }
        LastAssessment assessed = last.get();
        list.add(new Span(getTranslation("hr.lastAssessment.year", assessed.year().getBeYear())));
        assessed.items().forEach(item -> {
            Span score = new Span(getTranslation("hr.lastAssessment.score", item.getScore().stripTrailingZeros().toPlainString()));
            score.getElement().getThemeList().add(item.getScore().signum() == 0 ? "badge error" : "badge success");
            HorizontalLayout row = row(new Span(item.getCode() + " " + item.getTopic(getLocale())), score);
            row.setId("hr-last-" + item.getCode());
            list.add(row);
        });
        assessed.completeness().wanting().forEach(status -> {
            Span wanting = new Span(HrTexts.gaps(status));
            wanting.addClassName(LumoUtility.TextColor.ERROR);
            list.add(wanting);
        });
        return list;
    }

    private void run(Runnable action) {
        try {
            action.run();
            Notifications.success(getTranslation("hr.saved"));
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        }
        render();
    }

    private Anchor link(HrVersion version, String text) {
        return new Anchor("hr/documents/" + version.getDocument().getId() + "?v=" + version.getNumber(), text);
    }

    private static VerticalLayout list() {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        return list;
    }

    private static HorizontalLayout row(Component... content) {
        HorizontalLayout row = new HorizontalLayout(content);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.getStyle().set("flex-wrap", "wrap").set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        row.setWidthFull();
        return row;
    }

    private static Component section(String id, String title, Component content) {
        H3 heading = new H3(title);
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
        Div section = new Div(heading, content);
        section.setId(id);
        section.setWidthFull();
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.hr");
    }
}
