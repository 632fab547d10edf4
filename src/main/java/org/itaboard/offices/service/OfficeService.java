package org.itaboard.offices.service;

import java.util.List;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The offices of the installation: each user sees their own, the BMA's analysts all; SYSTEM_ADMIN creates them. */
@Service
public class OfficeService {

    private static final String ENTITY = "Office";

    private final OfficeRepository offices;
    private final OfficeAccess access;
    private final AuditService audit;

    OfficeService(OfficeRepository offices, OfficeAccess access, AuditService audit) {
        this.offices = offices;
        this.access = access;
        this.audit = audit;
    }

    /** The offices the signed-in user may read, by Thai name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Office> visible() {
        return access.readsEveryOffice() ? offices.findAllByOrderByNameThAsc() : access.ownOffice().stream().toList();
    }

    /** An office by its URL code; another office than the user's own is refused as not found would leak nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Office get(String code) {
        Office office = offices.findByCode(code == null ? "" : code.trim().toLowerCase())
                .orElseThrow(() -> new BusinessRuleException("office.error.notFound", code));
        access.requireRead(office);
        return office;
    }

    /** Creates an office with its short code (lower-case letters, digits and dashes). */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public Office create(String code, String nameTh, String nameEn) {
        String normalised = code == null ? "" : code.trim().toLowerCase();
        if (!normalised.matches("[a-z0-9-]{2,40}")) {
            throw new BusinessRuleException("office.error.code");
        }
        if (offices.existsByCode(normalised)) {
            throw new BusinessRuleException("office.error.codeTaken", normalised);
        }
        if (nameTh == null || nameTh.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new BusinessRuleException("office.error.nameRequired");
        }
        Office saved = offices.saveAndFlush(new Office(normalised, nameTh.trim(), nameEn.trim()));
        audit.record(ENTITY, saved.getId(), "created", List.of(FieldChange.of("code", null, normalised)));
        return saved;
    }
}
