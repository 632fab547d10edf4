package org.itaboard.oit.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.division.domain.Division;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.fiscalyear.domain.SameItems;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.fiscalyear.service.ItemCrosswalkService;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.oit.domain.ChecklistItem;
import org.itaboard.oit.domain.ChecklistItemRepository;
import org.itaboard.oit.domain.DisclosureStatus;
import org.itaboard.oit.domain.EvidenceUrl;
import org.itaboard.oit.domain.RequiredPart;
import org.itaboard.oit.domain.UrlOutcome;
import org.itaboard.scoring.domain.ItemResult;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.YearScores;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The OIT checklist of an office's year: what it publishes for each OIT item, who does it and how far it has come.
 * Everyone of the office reads it (the BMA's analysts every office's); the COORDINATOR changes everything; a
 * DIVISION_HEAD fills the items of their own division (URLs, parts done, status up to published). Another office's
 * data is refused whatever the id. Every change is audited in its transaction.
 */
@Service
public class OitChecklistService {

    public static final String ENTITY = "OitChecklistItem";
    private static final int MAX_URL_LENGTH = 2000;
    private static final int MAX_TEXT = 4000;
    private static final int MAX_PART_NAME = 300;

    private final ChecklistItemRepository checklist;
    private final ItemRepository items;
    private final FiscalYearService years;
    private final ScoreService scores;
    private final ItemCrosswalkService crosswalk;
    private final OfficeAccess offices;
    private final ChecklistAccess access;
    private final UrlChecker urlChecker;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OitChecklistService(ChecklistItemRepository checklist, ItemRepository items, FiscalYearService years, ScoreService scores,
            ItemCrosswalkService crosswalk, OfficeAccess offices, ChecklistAccess access, UrlChecker urlChecker,
            AuditService audit, PlatformTransactionManager transactions, Clock clock) {
        this.checklist = checklist;
        this.items = items;
        this.years = years;
        this.scores = scores;
        this.crosswalk = crosswalk;
        this.offices = offices;
        this.access = access;
        this.urlChecker = urlChecker;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the signed-in user coordinates the office's checklist (check URLs, copy to a new year). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayCoordinate(Office office) {
        return offices.hasRole(Role.COORDINATOR) && offices.mayWrite(office);
    }

    /** Every OIT item of the year in catalogue order, with what was done for it and its score when known. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public OitChecklist checklist(FiscalYear target) {
        YearScores scored = scores.scores(target);
        FiscalYear year = scored.year();
        Map<Long, ChecklistItem> stored = new HashMap<>();
        checklist.findByYear(year).forEach(c -> stored.put(c.getItem().getId(), c));
        Map<String, ItemResult> results = scored.itemResultsByCode();
        List<ChecklistRow> rows = new ArrayList<>();
        for (Item item : scored.catalogue().items()) {
            if (item.getTool() != Tool.OIT) {
                continue;
            }
            ChecklistItem entry = stored.getOrDefault(item.getId(), new ChecklistItem(item));
            ItemResult result = results.get(item.getCode());
            rows.add(new ChecklistRow(item, entry, result == null ? null : result.score(), actionsFor(entry)));
        }
        return new OitChecklist(year, rows, ChecklistProgress.of(rows.stream().map(ChecklistRow::entry).toList()));
    }

    /** The year's OIT items not on the website yet (not started or in progress), in catalogue order: the weekly agenda's list. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ChecklistRow> notYetPublished(FiscalYear year) {
        return checklist(year).rows().stream().filter(r -> !r.entry().getStatus().isPublished()).toList();
    }

    /**
     * Saves what the editor holds for {@code item}. A division head may change only the URLs, which parts are done
     * and the status up to published, of an item of their own division that is not verified yet; anything else they
     * send changed is refused, not ignored.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR','DIVISION_HEAD')")
    public ChecklistItem save(Item target, ChecklistEdit edit) {
        Item item = oitItem(target);
        Office office = item.getFiscalYear().getOffice();
        offices.requireWrite(office);
        boolean created = false;
        ChecklistItem entry = checklist.findByItem(item).orElse(null);
        if (entry == null) {
            entry = new ChecklistItem(item);
            created = true;
        } else if (entry.getVersion() != edit.version()) {
            throw new ObjectOptimisticLockingFailureException(ChecklistItem.class, entry.getId());
        }
        ChecklistActions actions = actionsFor(entry);
        if (!actions.fill()) {
            throw new AccessDeniedException("Item " + item.getCode() + " is not of the user's division");
        }
        List<String> urls = checkedUrls(edit.urls());
        List<RequiredPart> parts = checkedParts(edit.parts());
        if (edit.status() == null) {
            throw new BusinessRuleException("oit.error.statusRequired");
        }
        if (edit.assessorFeedback() != null && edit.assessorFeedback().length() > MAX_TEXT) {
            throw new BusinessRuleException("oit.error.tooLong", MAX_TEXT);
        }
        if (!actions.coordinate()) {
            requireOnlyFilled(entry, edit, parts);
        }
        if (edit.division() != null && !edit.division().getOffice().getId().equals(office.getId())) {
            throw new AccessDeniedException("Division of another office");
        }
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.collect(changes, "division", code(entry.getDivision()), code(edit.division()));
        FieldChange.collect(changes, "status", entry.getStatus(), edit.status());
        FieldChange.collect(changes, "assessorFeedback", entry.getAssessorFeedback(), blankToNull(edit.assessorFeedback()));
        FieldChange.collect(changes, "parts", entry.getParts().toString(), parts.toString());
        FieldChange.collect(changes, "urls", String.join(" ", entry.addresses()), String.join(" ", urls));
        entry.setDivision(edit.division());
        entry.setStatus(edit.status());
        entry.setAssessorFeedback(blankToNull(edit.assessorFeedback()));
        entry.setParts(parts);
        entry.setUrls(urls);
        ChecklistItem saved = checklist.saveAndFlush(entry);
        audit.record(ENTITY, saved.getId(), created ? "created" : "updated", changes);
        return saved;
    }

    /**
     * Fetches every URL of the year's checklist and stores each result with today's date. The requests run outside
     * any transaction (they may take seconds); the results are stored in one transaction after.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public UrlCheckSummary checkUrls(FiscalYear target) {
        Set<String> urls = Objects.requireNonNull(transaction.execute(tx -> {
            FiscalYear year = years.reload(target);
            requireCoordinator(year.getOffice());
            Set<String> all = new LinkedHashSet<>();
            checklist.findByYear(year).forEach(c -> all.addAll(c.addresses()));
            return all;
        }));
        Map<String, UrlChecker.Result> results = urlChecker.check(urls);
        java.time.Instant now = clock.instant();
        transaction.executeWithoutResult(tx -> {
            FiscalYear year = years.reload(target);
            for (ChecklistItem entry : checklist.findByYear(year)) {
                for (EvidenceUrl url : entry.urlEntries()) {
                    UrlChecker.Result result = results.get(url.getUrl());
                    if (result != null) {
                        url.recordCheck(now, result.outcome(), result.httpStatus());
                    }
                }
            }
            audit.record(ENTITY, year.getId(), "urlsChecked", List.of(FieldChange.of("urls", null, results.size())));
        });
        return new UrlCheckSummary(count(results, UrlOutcome.ANSWERED), count(results, UrlOutcome.BROKEN),
                count(results, UrlOutcome.COULD_NOT_CHECK));
    }

    /**
     * Starts the checklist of {@code toYear} from that of {@code fromYear} (an earlier year of the same office): each
     * item carries its division and its parts (none done yet; URLs, status and feedback belong to the old year) to
     * the item of the new year with the same code and topic, else the one the crosswalk links it to, else the one
     * with the same topic under another code. Items that find none are listed, not carried. Refused when the new
     * year's checklist was already started.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public CopyResult copyToYear(FiscalYear fromYear, FiscalYear toYear) {
        FiscalYear from = years.reload(fromYear);
        FiscalYear to = years.reload(toYear);
        requireCoordinator(from.getOffice());
        if (!to.getOffice().getId().equals(from.getOffice().getId())) {
            throw new AccessDeniedException("Year of another office");
        }
        if (to.getBeYear() <= from.getBeYear()) {
            throw new BusinessRuleException("oit.error.copyNotLater", String.valueOf(from.getBeYear()));
        }
        if (!checklist.findByYear(to).isEmpty()) {
            throw new BusinessRuleException("oit.error.copyTargetStarted", String.valueOf(to.getBeYear()));
        }
        List<Item> targets = new ArrayList<>(items.findByFiscalYearOrderBySortOrderAsc(to).stream()
                .filter(i -> i.getTool() == Tool.OIT).toList());
        SameItems same = new SameItems(crosswalk.links(from.getOffice()));
        List<CopyResult.Mapping> mapped = new ArrayList<>();
        List<Item> unmapped = new ArrayList<>();
        List<ChecklistItem> sources = new ArrayList<>(checklist.findByYear(from));
        sources.sort(java.util.Comparator.comparingInt(c -> c.getItem().getSortOrder()));
        for (ChecklistItem source : sources) {
            Optional<CopyResult.Mapping> mapping = mapping(source.getItem(), targets, same, from.getBeYear());
            if (mapping.isEmpty()) {
                unmapped.add(source.getItem());
                continue;
            }
            Item next = mapping.get().to();
            targets.remove(next);
            ChecklistItem copy = new ChecklistItem(next);
            copy.setDivision(source.getDivision());
            copy.setParts(source.getParts().stream().map(p -> new RequiredPart(p.getName(), false)).toList());
            checklist.save(copy);
            mapped.add(mapping.get());
        }
        checklist.flush();
        audit.record(ENTITY, to.getId(), "copiedFrom", List.of(FieldChange.of("fiscalYear", from.getBeYear(), to.getBeYear()),
                FieldChange.of("unmapped", null, String.join(" ", unmapped.stream().map(Item::getCode).toList()))));
        return new CopyResult(mapped, unmapped);
    }

    private static Optional<CopyResult.Mapping> mapping(Item source, List<Item> targets, SameItems same, int fromYear) {
        Optional<Item> byCode = targets.stream().filter(t -> SameItems.sameCodeAndTopic(source, t)).findFirst();
        if (byCode.isPresent()) {
            return byCode.map(t -> new CopyResult.Mapping(source, t, CopyResult.MappedBy.CODE));
        }
        Predicate<Item> linked = same.as(source, fromYear);
        Optional<Item> byCrosswalk = targets.stream().filter(linked).findFirst();
        if (byCrosswalk.isPresent()) {
            return byCrosswalk.map(t -> new CopyResult.Mapping(source, t, CopyResult.MappedBy.CROSSWALK));
        }
        String topic = SameItems.normalisedTopic(source.getTopicTh());
        return targets.stream().filter(t -> SameItems.normalisedTopic(t.getTopicTh()).equals(topic)).findFirst()
                .map(t -> new CopyResult.Mapping(source, t, CopyResult.MappedBy.TOPIC));
    }

    private ChecklistActions actionsFor(ChecklistItem entry) {
        return access.actionsFor(entry);
    }

    /** A division head's save: the division, the feedback and the list of parts stay as they are; verifying is the coordinator's. */
    private static void requireOnlyFilled(ChecklistItem entry, ChecklistEdit edit, List<RequiredPart> parts) {
        if (edit.status() == DisclosureStatus.VERIFIED) {
            throw new BusinessRuleException("oit.error.verifyIsCoordinators");
        }
        boolean sameParts = parts.size() == entry.getParts().size() && java.util.stream.IntStream.range(0, parts.size())
                .allMatch(i -> parts.get(i).getName().equals(entry.getParts().get(i).getName()));
        if (!Objects.equals(code(edit.division()), code(entry.getDivision()))
                || !Objects.equals(blankToNull(edit.assessorFeedback()), entry.getAssessorFeedback()) || !sameParts) {
            throw new AccessDeniedException("A division head fills URLs, parts done and status only");
        }
    }

    private void requireCoordinator(Office office) {
        if (!mayCoordinate(office)) {
            throw new AccessDeniedException("Office " + office.getCode() + " is not the coordinator's office");
        }
    }

    private Item oitItem(Item item) {
        return access.oitItem(item);
    }

    /** Trimmed, blank lines and repeats dropped; each an absolute http(s) address (digits left as typed). */
    static List<String> checkedUrls(List<String> urls) {
        Set<String> kept = new LinkedHashSet<>();
        for (String raw : urls) {
            String url = raw == null ? "" : raw.strip();
            if (url.isEmpty()) {
                continue;
            }
            if (url.length() > MAX_URL_LENGTH || !isWebAddress(url)) {
                throw new BusinessRuleException("oit.error.url", url.length() > 80 ? url.substring(0, 80) + "…" : url);
            }
            kept.add(url);
        }
        return List.copyOf(kept);
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<RequiredPart> checkedParts(List<RequiredPart> parts) {
        List<RequiredPart> kept = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (RequiredPart part : parts) {
            String name = part.getName() == null ? "" : part.getName().strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_PART_NAME) {
                throw new BusinessRuleException("oit.error.tooLong", MAX_PART_NAME);
            }
            if (!names.add(name)) {
                throw new BusinessRuleException("oit.error.partTwice", name);
            }
            kept.add(new RequiredPart(name, part.isDone()));
        }
        return kept;
    }

    private static int count(Map<String, UrlChecker.Result> results, UrlOutcome outcome) {
        return (int) results.values().stream().filter(r -> r.outcome() == outcome).count();
    }

    private static String code(Division division) {
        return division == null ? null : division.getCode();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
