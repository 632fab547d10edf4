package org.itaboard.division.service;

import java.util.ArrayList;
import java.util.List;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.division.domain.Division;
import org.itaboard.division.domain.DivisionRepository;
import org.itaboard.division.domain.StandardDivision;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Divisions of an office: everyone signed in reads their office's (to pick a lead division, say); its ADMIN keeps them. */
@Service
public class DivisionService {

    private static final String ENTITY = "Division";

    private final DivisionRepository divisions;
    private final OfficeAccess offices;
    private final AuditService audit;

    DivisionService(DivisionRepository divisions, OfficeAccess offices, AuditService audit) {
        this.divisions = divisions;
        this.offices = offices;
        this.audit = audit;
    }

    /** The divisions of the signed-in user's office; none for a user of no office. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Division> findAll() {
        return offices.ownOffice().map(divisions::findByOfficeOrderBySortOrderAscNameThAsc).orElse(List.of());
    }

    /** The divisions an office works with now (to pick a lead division, say). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Division> findActive(Office office) {
        offices.requireRead(office);
        return divisions.findByOfficeAndActiveTrueOrderBySortOrderAscNameThAsc(office);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Division> findActive() {
        return offices.ownOffice().map(this::findActive).orElse(List.of());
    }

    /**
     * Gives a new office the ten divisions of a typical Bangkok district office (ITA-RULES.md, "Organisation");
     * its administrator renames, adds or retires them afterwards.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public List<Division> createStandardDivisions(Office office) {
        List<Division> created = new ArrayList<>();
        for (StandardDivision standard : StandardDivision.values()) {
            if (!divisions.existsByOfficeAndCode(office, standard.name())) {
                Division division = new Division();
                division.setOffice(office);
                division.setCode(standard.name());
                division.setNameTh(standard.nameTh());
                division.setNameEn(standard.nameEn());
                division.setSortOrder(standard.ordinal() + 1);
                created.add(divisions.save(division));
            }
        }
        return created;
    }

    /** Creates or updates a division; optimistic locking refuses a save over someone else's change. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Division save(Division division) {
        String code = division.getCode() == null ? "" : division.getCode().trim().toUpperCase();
        division.setCode(code);
        if (division.isNew()) {
            division.setOffice(offices.requireOwnOffice());
        } else {
            Office stored = divisions.findById(division.getId()).map(Division::getOffice).orElse(division.getOffice());
            offices.requireWrite(stored);
        }
        offices.requireWrite(division.getOffice());
        boolean taken = division.isNew() ? divisions.existsByOfficeAndCode(division.getOffice(), code)
                : divisions.existsByOfficeAndCodeAndIdNot(division.getOffice(), code, division.getId());
        if (taken) {
            throw new BusinessRuleException("division.error.codeTaken", code);
        }
        List<FieldChange> changes = new ArrayList<>();
        if (!division.isNew()) {
            divisions.findById(division.getId()).ifPresent(before -> {
                FieldChange.collect(changes, "code", before.getCode(), division.getCode());
                FieldChange.collect(changes, "nameTh", before.getNameTh(), division.getNameTh());
                FieldChange.collect(changes, "nameEn", before.getNameEn(), division.getNameEn());
                FieldChange.collect(changes, "active", before.isActive(), division.isActive());
            });
        }
        boolean created = division.isNew();
        Division saved = divisions.saveAndFlush(division);
        audit.record(ENTITY, saved.getId(), created ? "created" : "updated",
                created ? List.of(FieldChange.of("nameTh", null, saved.getNameTh())) : changes);
        return saved;
    }
}
