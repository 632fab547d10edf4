package org.itaboard.security.domain;

import org.itaboard.offices.domain.Role;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.offices.domain.Office;
import org.itaboard.division.domain.Division;

/** A person who signs in. Passwords are stored as bcrypt hashes only. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    /** The office this belongs to; set once when created. */
    @ManyToOne(fetch = FetchType.EAGER, optional = true)
    @JoinColumn(name = "office_id", updatable = false)
    private Office office;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{user.username.pattern}")
    @Column(nullable = false, unique = true)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Size(max = 200)
    @Column(name = "position_title")
    private String positionTitle;

    @Email
    @Size(max = 200)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    /** Set by an administrator's create or reset: the user must choose their own password before anything else. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = "th";

    // Written only by AppUserRepository's single-statement updates: saving a user edited on screen
    // must not overwrite a count that parallel sign-ins changed meanwhile.
    @Column(name = "failed_logins", nullable = false, updatable = false)
    private int failedLogins;

    @Column(name = "locked_until", updatable = false)
    private Instant lockedUntil;

    @Column(name = "last_failed_login", updatable = false)
    private Instant lastFailedLogin;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("startDate DESC")
    private List<DivisionAssignment> assignments = new ArrayList<>();

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastFailedLogin() {
        return lastFailedLogin;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public List<DivisionAssignment> getAssignments() {
        return assignments;
    }

    public DivisionAssignment assign(Division division, LocalDate start, LocalDate end) {
        DivisionAssignment assignment = new DivisionAssignment(this, division, start, end);
        assignments.add(assignment);
        return assignment;
    }

    /** The division this user belongs to on {@code date}, if any (a user has at most one at a time). */
    public Optional<Division> divisionOn(LocalDate date) {
        return assignments.stream().filter(a -> a.isActiveOn(date)).map(DivisionAssignment::getDivision).findFirst();
    }

    public Office getOffice() {
        return office;
    }

    public void setOffice(Office office) {
        this.office = office;
    }

    @Override
    public String toString() {
        return fullName;
    }
}
