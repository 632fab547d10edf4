package org.itaboard.security.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itaboard.division.service.DivisionService;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.itaboard.offices.domain.OfficeSize;
import org.itaboard.offices.service.OfficeService;
import org.itaboard.security.domain.AppUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator's work (issue 7): the offices of the installation, and a new office set up in one
 * step with its ten standard divisions and its first administrator, who takes it from there. Either all of it
 * is saved or, when any part is refused (a taken code or username, a too-short password), nothing is.
 */
@Service
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
public class OfficeSetupService {

    private final OfficeService offices;
    private final OfficeRepository officeRepository;
    private final DivisionService divisions;
    private final UserAdminService users;

    OfficeSetupService(OfficeService offices, OfficeRepository officeRepository, DivisionService divisions,
            UserAdminService users) {
        this.offices = offices;
        this.officeRepository = officeRepository;
        this.divisions = divisions;
        this.users = users;
    }

    /** Every office by Thai name, with how many users and fiscal years it has. */
    @Transactional(readOnly = true)
    public List<OfficeOverview> overview() {
        Map<Long, OfficeSize> sizes = officeRepository.countUsersAndYears().stream()
                .collect(Collectors.toMap(OfficeSize::getId, Function.identity()));
        return offices.visible().stream().map(office -> {
            OfficeSize size = sizes.get(office.getId());
            return new OfficeOverview(office, size == null ? 0 : size.getUsers(), size == null ? 0 : size.getYears());
        }).toList();
    }

    /**
     * Creates an office, its ten standard divisions and its first administrator (role ADMIN, in the new office)
     * in one transaction; the services that create each part check and audit it.
     */
    @Transactional
    public NewOffice createOffice(String code, String nameTh, String nameEn, UserDetailsForm firstAdmin,
            String initialPassword) {
        Office office = offices.create(code, nameTh, nameEn);
        int divisionCount = divisions.createStandardDivisions(office).size();
        AppUser admin = users.createFirstAdministrator(office, firstAdmin, initialPassword);
        return new NewOffice(office, divisionCount, admin);
    }

    /** What {@link #createOffice} made. */
    public record NewOffice(Office office, int divisions, AppUser administrator) {
    }
}
