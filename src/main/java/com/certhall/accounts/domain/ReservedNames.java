package com.certhall.accounts.domain;

import java.util.Set;

/** Login names no applicant may take, beyond every existing staff username: they would look like the CA. */
final class ReservedNames {

    private static final Set<String> NAMES = Set.of("admin", "administrator", "root", "system", "staff", "support",
            "reviewer", "finance", "operator", "auditor", "channeladmin", "certhall", "security", "sandbox");

    private ReservedNames() {
    }

    static boolean isReserved(String loginName) {
        return NAMES.contains(LoginNames.key(loginName));
    }
}
