package org.itaboard.security.service;

import org.itaboard.base.service.RecordNotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.division.domain.Division;
import org.itaboard.division.domain.DivisionRepository;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.security.domain.DivisionAssignment;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, their roles and their division memberships: ADMIN only (but the first administrator of a new office). */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {

    private static final String ENTITY = "AppUser";

    private final AppUserRepository users;
    private final DivisionRepository divisions;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final OfficeAccess offices;

    UserAdminService(AppUserRepository users, DivisionRepository divisions, PasswordEncoder passwordEncoder,
            AuditService audit, OfficeAccess offices) {
        this.offices = offices;
        this.users = users;
        this.divisions = divisions;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<AppUser> findAll() {
        return users.findByOfficeOrderByFullNameAsc(offices.requireOwnOffice());
    }

    @Transactional(readOnly = true)
    public AppUser get(Long id) {
        return user(id);
    }

    /** Creates a user with an initial password, which the user must change at the first sign-in. */
    @Transactional
    public AppUser create(UserDetailsForm form, String initialPassword) {
        String username = normaliseUsername(form.username());
        if (users.existsByUsername(username)) {
            throw new BusinessRuleException("user.error.usernameTaken", username);
        }
        AppUser user = new AppUser();
        user.setOffice(offices.requireOwnOffice());
        user.setUsername(username);
        user.setPasswordHash(encode(username, initialPassword));
        user.setPasswordChangeRequired(true);
        apply(user, form, new ArrayList<>());
        AppUser saved = users.save(user);
        audit.record(ENTITY, saved.getId(), "created", List.of(FieldChange.of("roles", null, saved.getRoles())));
        return saved;
    }

    /**
     * Creates the first administrator of {@code office} (role ADMIN only, enabled): the system administrator's
     * step in setting up a new office ({@link OfficeSetupService}), who belongs to no office and so cannot use
     * {@link #create}. The same rules hold as there: a free, well-formed username and a long enough password.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public AppUser createFirstAdministrator(Office office, UserDetailsForm form, String initialPassword) {
        if (office == null || office.isNew()) {
            throw new IllegalArgumentException("The office must be saved first");
        }
        String username = normaliseUsername(form.username());
        if (users.existsByUsername(username)) {
            throw new BusinessRuleException("user.error.usernameTaken", username);
        }
        if (form.fullName() == null || form.fullName().isBlank()) {
            throw new BusinessRuleException("user.error.fullNameRequired");
        }
        AppUser user = new AppUser();
        user.setOffice(office);
        user.setUsername(username);
        user.setPasswordHash(encode(username, initialPassword));
        user.setPasswordChangeRequired(true);
        apply(user, new UserDetailsForm(username, form.fullName(), form.positionTitle(), form.email(), true,
                EnumSet.of(Role.ADMIN)), new ArrayList<>());
        AppUser saved = users.save(user);
        audit.record(ENTITY, saved.getId(), "created", List.of(FieldChange.of("office", null, office.getCode()),
                FieldChange.of("roles", null, saved.getRoles())));
        return saved;
    }

    /** Saves name, contact, roles and enabled flag; {@code expectedVersion} guards against lost updates. */
    @Transactional
    public AppUser update(Long id, long expectedVersion, UserDetailsForm form) {
        AppUser user = get(id);
        if (user.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(AppUser.class, id);
        }
        List<FieldChange> changes = new ArrayList<>();
        apply(user, form, changes);
        if (!changes.isEmpty()) {
            audit.record(ENTITY, id, "updated", changes);
        }
        return users.save(user);
    }

    @Transactional
    public void resetPassword(Long id, String newPassword) {
        AppUser user = get(id);
        user.setPasswordHash(encode(user.getUsername(), newPassword));
        // The administrator knows this password: the user chooses their own at the next sign-in.
        user.setPasswordChangeRequired(true);
        users.clearFailedLogins(user.getUsername());
        audit.record(ENTITY, id, "passwordReset", List.of());
    }

    /** Lifts a brute-force lock before it expires. */
    @Transactional
    public void unlock(Long id) {
        users.clearFailedLogins(get(id).getUsername());
        audit.record(ENTITY, id, "unlocked", List.of());
    }

    /**
     * Puts the user in a division from {@code start}; a membership still open on that day ends the
     * day before, so a user belongs to one division at a time.
     */
    @Transactional
    public AppUser assignDivision(Long userId, Long divisionId, LocalDate start, LocalDate end) {
        if (start == null) {
            throw new BusinessRuleException("user.error.startRequired");
        }
        if (end != null && end.isBefore(start)) {
            throw new BusinessRuleException("user.error.endBeforeStart");
        }
        AppUser user = get(userId);
        Division division = divisions.findById(divisionId).orElseThrow(() -> new RecordNotFoundException());
        offices.requireWrite(division.getOffice());
        for (DivisionAssignment existing : user.getAssignments()) {
            boolean overlaps = (existing.getEndDate() == null || !existing.getEndDate().isBefore(start))
                    && (end == null || !existing.getStartDate().isAfter(end));
            if (overlaps) {
                if (!existing.getStartDate().isBefore(start)) {
                    throw new BusinessRuleException("user.error.assignmentOverlaps", existing.getDivision().getNameTh());
                }
                existing.endOn(start.minusDays(1));
            }
        }
        user.assign(division, start, end);
        audit.record(ENTITY, userId, "divisionAssigned",
                List.of(FieldChange.of("division", null, division.getNameTh() + " " + start + (end == null ? "" : " – " + end))));
        return users.save(user);
    }

    /** Ends a division membership on {@code end} (the post became vacant or changed hands). */
    @Transactional
    public AppUser endAssignment(Long userId, Long assignmentId, LocalDate end) {
        AppUser user = get(userId);
        DivisionAssignment assignment = user.getAssignments().stream()
                .filter(a -> a.getId().equals(assignmentId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException());
        if (end.isBefore(assignment.getStartDate())) {
            throw new BusinessRuleException("user.error.endBeforeStart");
        }
        assignment.endOn(end);
        audit.record(ENTITY, userId, "divisionEnded",
                List.of(FieldChange.of("division", assignment.getDivision().getNameTh(), "– " + end)));
        return users.save(user);
    }

    private void apply(AppUser user, UserDetailsForm form, List<FieldChange> changes) {
        if (form.roles() == null || form.roles().isEmpty()) {
            throw new BusinessRuleException("user.error.roleRequired");
        }
        boolean reachChanges = !installationRoles(user.getRoles()).equals(installationRoles(form.roles()));
        if (reachChanges && !offices.hasRole(Role.SYSTEM_ADMIN)) {
            // An office's administrator cannot make anyone a reader of every office or a system administrator.
            throw new BusinessRuleException("user.error.installationRole");
        }
        FieldChange.collect(changes, "fullName", user.getFullName(), form.fullName().trim());
        FieldChange.collect(changes, "positionTitle", user.getPositionTitle(), form.positionTitle());
        FieldChange.collect(changes, "email", user.getEmail(), form.email());
        FieldChange.collect(changes, "enabled", user.isEnabled(), form.enabled());
        FieldChange.collect(changes, "roles", user.getRoles(), form.roles());
        user.setFullName(form.fullName().trim());
        user.setPositionTitle(form.positionTitle());
        user.setEmail(form.email() == null || form.email().isBlank() ? null : form.email().trim());
        user.setEnabled(form.enabled());
        user.setRoles(form.roles());
    }

    /** Roles reaching beyond one office ({@link Role#readsEveryOffice()}): only a system administrator gives them. */
    private static Set<Role> installationRoles(Set<Role> roles) {
        return roles == null ? Set.of() : roles.stream().filter(Role::readsEveryOffice).collect(Collectors.toSet());
    }

    private String encode(String username, String password) {
        PasswordPolicy.check(username, password);
        return passwordEncoder.encode(password);
    }

    private static String normaliseUsername(String username) {
        String normalised = username == null ? "" : username.trim().toLowerCase();
        if (!normalised.matches("[a-z0-9._-]{3,100}")) {
            throw new BusinessRuleException("user.error.usernameInvalid");
        }
        return normalised;
    }

    /** A user of the administrator's own office; another office's is refused like any forbidden call. */
    private AppUser user(Long id) {
        return userOrEmpty(id).orElseThrow(() -> new RecordNotFoundException());
    }

    private java.util.Optional<AppUser> userOrEmpty(Long id) {
        java.util.Optional<AppUser> user = users.findById(id);
        user.ifPresent(u -> offices.requireWrite(u.getOffice()));
        return user;
    }
}
