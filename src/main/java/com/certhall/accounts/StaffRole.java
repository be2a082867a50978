package com.certhall.accounts;

/** What a CA staff member may do; {@link #ADMIN} implies every other role. */
public enum StaffRole {
    REVIEWER, FINANCE, OPERATOR, CHANNEL_ADMIN, AUDITOR, SUPPORT, ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_REVIEWER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
