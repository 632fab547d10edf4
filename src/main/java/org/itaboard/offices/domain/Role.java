package org.itaboard.offices.domain;

/**
 * What a user may do (PRODUCT.md, "Who uses it"). A user may hold several roles. All but the last
 * two act within the user's own office; {@link #BMA_ANALYST} reads every office and
 * {@link #SYSTEM_ADMIN} creates offices and their first administrator.
 */
public enum Role {
    EXECUTIVE,
    COORDINATOR,
    DIVISION_HEAD,
    HR_OFFICER,
    ADMIN,
    BMA_ANALYST,
    SYSTEM_ADMIN;

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String EXECUTIVE = "EXECUTIVE";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String DIVISION_HEAD = "DIVISION_HEAD";
        public static final String HR_OFFICER = "HR_OFFICER";
        public static final String ADMIN = "ADMIN";
        public static final String BMA_ANALYST = "BMA_ANALYST";
        public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

        private Names() {
        }
    }

    /** Whether the role reads every office rather than the user's own. */
    public boolean readsEveryOffice() {
        return this == BMA_ANALYST || this == SYSTEM_ADMIN;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
