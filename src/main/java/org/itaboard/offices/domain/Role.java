package org.itaboard.offices.domain;

/** What a user may do (PRODUCT.md, "Who uses it"). A user may hold several roles. */
public enum Role {
    EXECUTIVE,
    COORDINATOR,
    DIVISION_HEAD,
    HR_OFFICER,
    ADMIN;

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String EXECUTIVE = "EXECUTIVE";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String DIVISION_HEAD = "DIVISION_HEAD";
        public static final String HR_OFFICER = "HR_OFFICER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
