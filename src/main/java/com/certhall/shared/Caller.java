package com.certhall.shared;

import java.util.UUID;

/**
 * Who is making the current request (a page or API handler takes it as a parameter of this type), as any module may
 * know it without depending on the accounts module: the accounts principal (an applicant account or a staff user)
 * implements it.
 */
public interface Caller {

    /** The applicant's account id or the staff user's id. */
    UUID id();

    boolean isApplicant();

    /** {@code applicant:<id>} or {@code staff:<username>}, for audit entries and history lines. */
    String auditActor();

    /**
     * The applicant's account id. Any other caller owns no orders, payments or certificates, so what it asks for
     * is answered as not found.
     */
    default UUID applicantId() {
        if (!isApplicant()) {
            throw new NotFoundException("account", "current");
        }
        return id();
    }
}
