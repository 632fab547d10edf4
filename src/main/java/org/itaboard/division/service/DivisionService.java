package org.itaboard.division.service;

import java.util.ArrayList;
import java.util.List;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.division.domain.Division;
import org.itaboard.division.domain.DivisionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Divisions: everyone signed in reads them (to pick a lead division, say); ADMIN keeps them. */
@Service
public class DivisionService {

    private static final String ENTITY = "Division";

    private final DivisionRepository divisions;
    private final AuditService audit;

    DivisionService(DivisionRepository divisions, AuditService audit) {
        this.divisions = divisions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Division> findAll() {
        return divisions.findAllByOrderBySortOrderAscNameThAsc();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Division> findActive() {
        return divisions.findByActiveTrueOrderBySortOrderAscNameThAsc();
    }

    /** Creates or updates a division; optimistic locking refuses a save over someone else's change. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Division save(Division division) {
        String code = division.getCode() == null ? "" : division.getCode().trim().toUpperCase();
        division.setCode(code);
        boolean taken = division.isNew() ? divisions.existsByCode(code) : divisions.existsByCodeAndIdNot(code, division.getId());
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
