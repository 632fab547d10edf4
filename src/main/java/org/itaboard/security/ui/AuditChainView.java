package org.itaboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.itaboard.base.domain.AuditChainReport;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.service.AuditChainCheck;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.offices.domain.Role;

/**
 * SYSTEM_ADMIN: checks that the audit history was not rewritten directly in the database (the hash chain of
 * {@link AuditChainCheck}). Runs the check on opening and on demand; shows how many entries were checked, when,
 * how long it took, the head to write down, and the first break with its entry, time and what was done.
 */
@Route("admin/audit-chain")
@Menu(order = 93, icon = "vaadin:shield", title = "nav.auditChain")
@RolesAllowed(Role.Names.SYSTEM_ADMIN)
public class AuditChainView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AuditChainCheck check;
    private final Clock clock;
    private final Span status = new Span();
    private final Paragraph summary = new Paragraph();
    private final Paragraph detail = new Paragraph();
    private final Paragraph head = new Paragraph();

    AuditChainView(AuditChainCheck check, Clock clock) {
        this.check = check;
        this.clock = clock;
        Button run = new Button(getTranslation("auditChain.run"), VaadinIcon.REFRESH.create(), e -> run());
        run.setId("audit-chain-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("audit-chain-status");
        summary.setId("audit-chain-summary");
        detail.setId("audit-chain-break");
        head.setId("audit-chain-head");
        head.getStyle().set("font-family", "monospace").set("overflow-wrap", "anywhere");
        add(new ViewHeader(getTranslation("nav.auditChain"), getTranslation("auditChain.description"), run), status,
                summary, detail, head);
        run();
    }

    private void run() {
        AuditChainReport report = check.check();
        status.setText(getTranslation(report.intact() ? "auditChain.intact" : "auditChain.broken"));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(report.intact() ? "badge success" : "badge error");
        summary.setText(getTranslation("auditChain.summary", report.entriesChecked(), time(report.checkedAt()),
                report.took().toMillis()));
        detail.setText(report.firstBreak().map(b -> getTranslation("auditChain.break", b.entryId(),
                b.occurredAt() == null ? "–" : time(b.occurredAt()), getTranslation("auditChain.kind." + b.kind().name())))
                .orElse(""));
        detail.setVisible(!report.intact());
        head.setText(getTranslation("auditChain.head", report.headId() == null ? "–" : report.headId(), report.headHash()));
    }

    private String time(Instant instant) {
        ZonedDateTime at = instant.atZone(clock.getZone());
        return BuddhistDates.format(at.toLocalDate(), getLocale()) + " " + TIME.format(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.auditChain");
    }
}
