package org.itaboard.measures.service;

import org.itaboard.base.service.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import java.util.stream.Stream;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.base.service.CurrentUsername;
import org.itaboard.division.domain.Division;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.measures.domain.Budget;
import org.itaboard.measures.domain.BudgetKind;
import org.itaboard.measures.domain.Decision;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureField;
import org.itaboard.measures.domain.MeasureForm;
import org.itaboard.measures.domain.MeasureRepository;
import org.itaboard.measures.domain.MeasureStatus;
import org.itaboard.measures.domain.MentionedItems;
import org.itaboard.measures.domain.ProgressUpdate;
import org.itaboard.measures.domain.ProgressUpdateRepository;
import org.itaboard.measures.domain.SignOff;
import org.itaboard.measures.domain.SignOffRepository;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.YearScores;
import org.itaboard.security.service.CurrentUser;
import org.itaboard.security.service.Reauthentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement measures: who may create, edit, report on, verify and approve them (checked here, not
 * only in the screens), the status steps, progress reports and the audit trail of every change.
 */
@Service
public class MeasureService {

    public static final String ENTITY = "Measure";
    private static final Comparator<Measure> BY_NEXT_DUE = Comparator.comparing(
            (Measure m) -> m.nextUpdateDue().orElse(LocalDate.MAX)).thenComparing(Measure::getId);

    private final MeasureRepository measures;
    private final ProgressUpdateRepository updates;
    private final SignOffRepository signOffs;
    private final EvidenceService evidence;
    private final FiscalYearService fiscalYears;
    private final ScoreService scores;
    private final MeasureAccess access;
    private final OfficeAccess offices;
    private final CurrentUser currentUser;
    private final CurrentUsername username;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MeasureMatching matchings;
    private final Reauthentication reauthentication;

    MeasureService(MeasureRepository measures, ProgressUpdateRepository updates, SignOffRepository signOffs,
            EvidenceService evidence, FiscalYearService fiscalYears, ScoreService scores, MeasureAccess access,
            OfficeAccess offices, CurrentUser currentUser, CurrentUsername username, AuditService audit, Clock clock,
            ApplicationEventPublisher events, MeasureMatching matchings, Reauthentication reauthentication) {
        this.measures = measures;
        this.updates = updates;
        this.signOffs = signOffs;
        this.evidence = evidence;
        this.fiscalYears = fiscalYears;
        this.scores = scores;
        this.access = access;
        this.offices = offices;
        this.currentUser = currentUser;
        this.username = username;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.matchings = matchings;
        this.reauthentication = reauthentication;
    }

    @PreAuthorize("isAuthenticated()")
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Measure> search(MeasureQuery q) {
        LocalDate today = today();
        List<Measure> found = measures.findByFiscalYearOrderByIdAsc(fiscalYears.reload(q.year()));
        return found.stream()
                .filter(m -> q.itemCode() == null || m.getItems().stream().anyMatch(i -> i.getCode().equals(q.itemCode())))
                .filter(m -> q.division() == null || m.involves(q.division()))
                .filter(m -> q.status() == null || m.getStatus() == q.status())
                .filter(m -> !q.lateOnly() || m.isLate(today))
                .toList();
    }

    /**
     * An office's measures for the dashboard: those of today's fiscal year when the office has it, otherwise of
     * its latest year up to today's that has measures; empty when there is no such year.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<MeasureOverview> overview(Office office) {
        int thisYear = fiscalYears.currentBeYear();
        Optional<FiscalYear> shown = fiscalYears.find(office, thisYear)
                .or(() -> measures.latestBeYear(office, thisYear).flatMap(be -> fiscalYears.find(office, be)));
        return shown.map(year -> {
            List<Measure> all = measures.findByFiscalYearOrderByIdAsc(year);
            List<WeakItemMeasures> weak = weakItems(scores.scores(year));
            return new MeasureOverview(year.getBeYear(), today(), all, weak.size(),
                    (int) weak.stream().filter(WeakItemMeasures::uncovered).count());
        });
    }

    /** The signed-in head's division's measures (lead or support): late ones first, then by next update due. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Measure> mine() {
        Optional<Division> division = currentUser.division();
        if (division.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return measures.findInvolving(division.get()).stream()
                .sorted(Comparator.comparing((Measure m) -> !m.isLate(today)).thenComparing(BY_NEXT_DUE))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Measure get(Long id) {
        return measure(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MeasureForm form(Long id) {
        return MeasureForm.of(measure(id));
    }

    /**
     * The form for editing a measure, only to a user who may edit it now ({@link #actionsFor}): anyone else is
     * refused before the form opens, not at Save.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MeasureForm editForm(Long id) {
        Measure m = measure(id);
        if (!mayEdit(m)) {
            throw new AccessDeniedException("Measure " + id + " may not be edited by the user now");
        }
        return MeasureForm.of(m);
    }

    /** A blank form for the year, with {@code itemCodes} already linked (from the weak-items page). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MeasureForm newForm(FiscalYear fiscalYear, List<String> itemCodes) {
        MeasureForm form = new MeasureForm();
        YearScores year = scores.scores(fiscalYear);
        form.setFiscalYear(year.year());
        Map<String, Item> byCode = year.itemsByCode();
        form.set(MeasureField.ITEMS, itemCodes.stream().map(byCode::get).filter(Objects::nonNull).collect(Collectors.toSet()));
        return form;
    }

    /** The items a measure of that year may link to. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Item> items(FiscalYear year) {
        return fiscalYears.catalogue(year).items();
    }

    /**
     * Items of the year that {@code text} (a measure's weakness) names by code but {@code linked} does not hold, in
     * the order the text names them: the form offers to link them. Codes the year's catalogue lacks are ignored.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Item> unlinkedMentions(FiscalYear year, String text, Set<Item> linked) {
        Set<String> mentioned = MentionedItems.in(text);
        if (mentioned.isEmpty()) {
            return List.of();
        }
        Set<String> linkedCodes = linked == null ? Set.of()
                : linked.stream().map(Item::getCode).collect(Collectors.toSet());
        Map<String, Item> byCode = items(year).stream().collect(Collectors.toMap(Item::getCode, i -> i, (a, b) -> a));
        return mentioned.stream().filter(code -> !linkedCodes.contains(code)).map(byCode::get).filter(Objects::nonNull)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit(Measure m) {
        return access.mayEdit(m) && !m.isLocked();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayContribute(Measure m) {
        return access.mayContribute(m) && m.getStatus() != MeasureStatus.VERIFIED && m.getStatus() != MeasureStatus.CANCELLED;
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayCreate() {
        return access.isCoordinator();
    }

    /**
     * What the signed-in user may do with the measure now: each answer is the check the action itself
     * makes (its role, {@link MeasureAccess}, the measure's state), so a screen showing these offers
     * nothing the service would refuse for who the user is.
     */
    @PreAuthorize("isAuthenticated()")
    public MeasureActions actionsFor(Measure m) {
        boolean edit = mayEdit(m);
        boolean contribute = mayContribute(m);
        boolean ownOffice = offices.mayWrite(m.getFiscalYear().getOffice());
        boolean coordinator = ownOffice && access.isCoordinator();
        MeasureStatus status = m.getStatus();
        return new MeasureActions(edit, edit && status.canMoveTo(MeasureStatus.ACTIVE),
                edit && status.canMoveTo(MeasureStatus.DONE), coordinator && status.canMoveTo(MeasureStatus.VERIFIED),
                coordinator && m.isLocked(), coordinator && status.canMoveTo(MeasureStatus.CANCELLED), contribute,
                contribute, coordinator, ownOffice && access.isExecutive() && status != MeasureStatus.CANCELLED);
    }

    /**
     * Creates (COORDINATOR) or updates a measure. A division head may edit what their division leads
     * but not reassign it (items, lead and supporting divisions stay as the coordinator set them).
     * When someone else saved since the form was loaded, the person's edits are merged field by field (see
     * {@link MeasureForm#conflictsWith}); only a field both changed differently is refused with an optimistic-lock
     * exception.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR','DIVISION_HEAD')")
    public Measure save(MeasureForm form) {
        validate(form);
        FiscalYear year = fiscalYears.reload(form.getFiscalYear());
        offices.requireWrite(year.getOffice());
        requireDivisionsOf(year.getOffice(), form);
        if (form.getId() == null) {
            access.requireCoordinator();
            String title = form.get(MeasureField.TITLE).trim();
            Measure created = new Measure(form.getFiscalYear(), title);
            form.applyTo(created, true);
            created.setTitle(title);
            Measure saved = measures.saveAndFlush(created);
            List<FieldChange> changes = new ArrayList<>();
            MeasureForm.of(saved).describe().forEach((k, v) -> FieldChange.collect(changes, k, null, v));
            audit.record(ENTITY, saved.getId(), "created", changes);
            return changed(saved);
        }
        Measure m = writable(form.getId());
        access.requireEdit(m);
        if (m.getVersion() != form.getVersion()) {
            // Saved meanwhile by someone else: the fields only this person edited go onto theirs; a field both
            // changed differently is refused, and the form shows both values for the person to choose.
            MeasureForm current = MeasureForm.of(m);
            if (!form.conflictsWith(current).isEmpty()) {
                throw new ObjectOptimisticLockingFailureException(Measure.class, m.getId());
            }
            form.rebaseOnto(current);
        }
        Map<String, String> before = MeasureForm.of(m).describe();
        form.applyTo(m, access.isCoordinator());
        m.setTitle(form.get(MeasureField.TITLE).trim());
        Measure saved = measures.saveAndFlush(m);
        audit.record(ENTITY, saved.getId(), "updated", diff(before, MeasureForm.of(saved).describe()));
        return changed(saved);
    }

    /** DRAFT → ACTIVE (coordinator or the lead division's head). */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR','DIVISION_HEAD')")
    public Measure activate(Long id) {
        Measure m = writable(id);
        access.requireEdit(m);
        return move(m, MeasureStatus.ACTIVE, null);
    }

    /** ACTIVE → DONE (coordinator or the lead division's head). */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR','DIVISION_HEAD')")
    public Measure complete(Long id) {
        Measure m = writable(id);
        access.requireEdit(m);
        return move(m, MeasureStatus.DONE, null);
    }

    /** DONE → VERIFIED: the coordinator checked the evidence; the measure is frozen. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Measure verify(Long id) {
        Measure m = writable(id);
        Measure moved = move(m, MeasureStatus.VERIFIED, null);
        moved.setFrozen(true);
        return measures.saveAndFlush(moved);
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Measure cancel(Long id, String reason) {
        Measure m = writable(id);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("measure.error.reasonRequired");
        }
        m.setCancelReason(reason.trim());
        return move(m, MeasureStatus.CANCELLED, reason.trim());
    }

    /** The only way to change a verified or approved measure: the coordinator reopens it, saying why. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Measure reopen(Long id, String reason) {
        Measure m = writable(id);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("measure.error.reasonRequired");
        }
        if (!m.isLocked()) {
            throw new BusinessRuleException("measure.error.notFrozen");
        }
        List<FieldChange> changes = new ArrayList<>();
        MeasureStatus target = m.getStatus() == MeasureStatus.DRAFT ? MeasureStatus.DRAFT : MeasureStatus.ACTIVE;
        FieldChange.collect(changes, "status", m.getStatus(), target);
        FieldChange.collect(changes, "frozen", m.isFrozen(), false);
        changes.add(FieldChange.of("reason", null, reason.trim()));
        m.setStatus(target);
        m.setFrozen(false);
        m.setCancelReason(null);
        audit.record(ENTITY, id, "reopened", changes);
        return changed(measures.saveAndFlush(m));
    }

    /**
     * EXECUTIVE's decision, confirmed with their current password (the decision carries their name). Approval stores
     * a snapshot of the fields and freezes the measure.
     */
    @Transactional(noRollbackFor = BusinessRuleException.class)
    @PreAuthorize("hasRole('EXECUTIVE')")
    public SignOff signOff(Long id, Decision decision, String note, String password) {
        Measure m = writable(id);
        if (m.getStatus() == MeasureStatus.CANCELLED) {
            throw new BusinessRuleException("measure.error.closed");
        }
        if (decision == Decision.RETURNED && (note == null || note.isBlank())) {
            throw new BusinessRuleException("measure.error.returnNote");
        }
        reauthentication.confirm(password);
        String snapshot = decision == Decision.APPROVED ? snapshot(m) : null;
        SignOff signOff = signOffs.save(new SignOff(m, username.get(), clock.instant(), decision,
                note == null || note.isBlank() ? null : note.trim(), snapshot));
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("signOff", null, decision.name()));
        if (signOff.getNote() != null) {
            changes.add(FieldChange.of("note", null, signOff.getNote()));
        }
        if (decision == Decision.APPROVED) {
            FieldChange.collect(changes, "frozen", m.isFrozen(), true);
            m.setFrozen(true);
            measures.saveAndFlush(m);
        }
        audit.record(ENTITY, id, "signedOff", changes);
        changed(m);
        return signOff;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SignOff> signOffs(Long id) {
        return signOffs.findByMeasureOrderByDecidedAtDescIdDesc(measure(id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ProgressUpdate> progress(Long id) {
        return updates.findByMeasureOrderByReportedOnDescIdDesc(measure(id));
    }

    /**
     * A division that leads or supports the measure reports progress, maybe with a file or photo:
     * all of it is saved, or (on any refusal) none of it.
     */
    @Transactional
    @PreAuthorize(EvidenceService.CONTRIBUTORS)
    public ProgressUpdate addProgress(Long id, ProgressInput input, EvidenceUpload upload) {
        Measure m = writable(id);
        access.requireContribute(m);
        if (input.text() == null || input.text().isBlank()) {
            throw new BusinessRuleException("progress.error.text");
        }
        if (input.progress() == null || input.progress() < 0 || input.progress() > 100) {
            throw new BusinessRuleException("progress.error.range");
        }
        LocalDate date = input.reportedOn() == null ? today() : input.reportedOn();
        if (date.isAfter(today())) {
            throw new BusinessRuleException("progress.error.future");
        }
        Evidence attached = upload == null ? null : evidence.store(m, upload);
        Division division = currentUser.division().filter(m::involves).orElse(m.getLeadDivision());
        ProgressUpdate update = updates.save(new ProgressUpdate(m, date, division, input.text().trim(), input.progress(),
                username.get(), attached));
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.collect(changes, "progress", m.getProgress(), input.progress());
        FieldChange.collect(changes, "lastUpdateOn", m.getLastUpdateOn(), date);
        changes.add(FieldChange.of("progressText", null, update.getText()));
        m.setProgress(input.progress());
        if (m.getLastUpdateOn() == null || date.isAfter(m.getLastUpdateOn())) {
            m.setLastUpdateOn(date);
        }
        measures.saveAndFlush(m);
        audit.record(ENTITY, id, "progressAdded", changes);
        changed(m);
        return update;
    }

    /** Everything that happened to the measure, its progress and its evidence, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        measure(id);
        return audit.history(ENTITY, id);
    }

    /**
     * The year's weak items, lowest first, each with the measures of its year or a later one that address it (see
     * {@link WeakItemMeasures.Matching}); items no measure of any year addresses come first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WeakItemMeasures> weakItems(FiscalYear fiscalYear) {
        return weakItems(scores.scores(fiscalYear));
    }

    private List<WeakItemMeasures> weakItems(YearScores year) {
        FiscalYear shown = year.year();
        Map<String, Item> items = year.itemsByCode();
        WeakItemMeasures.Matching matching = matchings.of(List.of(shown));
        return year.result().weakItems().stream()
                .sorted(Comparator.comparing(w -> w.score()))
                .map(w -> {
                    Item item = items.get(w.code());
                    return new WeakItemMeasures(w, item, matching.addressing(shown, item), matching.linksFrom(shown, item));
                })
                .sorted(Comparator.comparing(w -> !w.uncovered()))
                .toList();
    }

    private Measure move(Measure m, MeasureStatus next, String reason) {
        if (!m.getStatus().canMoveTo(next)) {
            throw new BusinessRuleException("measure.error.transition", m.getStatus(), next);
        }
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.collect(changes, "status", m.getStatus(), next);
        if (reason != null) {
            changes.add(FieldChange.of("reason", null, reason));
        }
        m.setStatus(next);
        if (next == MeasureStatus.DONE && m.getProgress() < 100) {
            FieldChange.collect(changes, "progress", m.getProgress(), 100);
            m.setProgress(100);
        }
        audit.record(ENTITY, m.getId(), "status", changes);
        return changed(measures.saveAndFlush(m));
    }

    /** Lead and supporting divisions must be the measure's office's own. */
    private static void requireDivisionsOf(Office office, MeasureForm form) {
        Set<Division> supporting = form.get(MeasureField.SUPPORTING_DIVISIONS);
        Stream.concat(Stream.ofNullable(form.get(MeasureField.LEAD_DIVISION)),
                        supporting == null ? Stream.empty() : supporting.stream())
                .filter(d -> !d.getOffice().getId().equals(office.getId())).findAny()
                .ifPresent(d -> {
                    throw new AccessDeniedException("Division of another office");
                });
    }

    private static void validate(MeasureForm form) {
        if (form.getFiscalYear() == null) {
            throw new BusinessRuleException("measure.error.year");
        }
        String title = form.get(MeasureField.TITLE);
        if (title == null || title.isBlank()) {
            throw new BusinessRuleException("measure.error.title");
        }
        LocalDate start = form.get(MeasureField.START_DATE);
        LocalDate due = form.get(MeasureField.DUE_DATE);
        if (start != null && due != null && due.isBefore(start)) {
            throw new BusinessRuleException("measure.error.dates");
        }
        Budget budget = form.get(MeasureField.BUDGET);
        if (budget.kind() == BudgetKind.AMOUNT && (budget.amount() == null || budget.amount().signum() < 0)) {
            throw new BusinessRuleException("measure.error.budget");
        }
        Set<Long> years = new HashSet<>();
        form.get(MeasureField.ITEMS).forEach(i -> years.add(i.getFiscalYear().getId()));
        if (!years.isEmpty() && !years.equals(Set.of(form.getFiscalYear().getId()))) {
            throw new BusinessRuleException("measure.error.itemYear");
        }
    }

    private static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((k, v) -> FieldChange.collect(changes, k, before.get(k), v));
        return changes;
    }

    private static String snapshot(Measure m) {
        StringBuilder out = new StringBuilder();
        MeasureForm.of(m).describe().forEach((k, v) -> {
            if (v != null) {
                out.append(k).append(": ").append(v).append('\n');
            }
        });
        out.append("status: ").append(m.getStatus()).append('\n').append("progress: ").append(m.getProgress()).append('\n');
        return out.toString();
    }

    /** Announces the change; {@link MeasureChangeBroadcaster} passes it on once the transaction commits. */
    private Measure changed(Measure m) {
        events.publishEvent(MeasureChanged.of(m));
        return m;
    }

    /** A measure of the caller's own office, about to be changed: readers of every office change nothing. */
    private Measure writable(Long id) {
        Measure measure = measure(id);
        offices.requireWrite(measure.getFiscalYear().getOffice());
        return measure;
    }

    /** A measure of an office the caller may read; another office's is refused like any forbidden call. */
    private Measure measure(Long id) {
        Measure measure = measures.findById(id).orElseThrow(() -> new RecordNotFoundException());
        offices.requireRead(measure.getFiscalYear().getOffice());
        return measure;
    }
}
