package com.certhall.accounts;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask about applicant accounts. The signed-in user is {@link AuthenticatedUser#current()}. */
public interface AccountManagement {

    Optional<ApplicantProfile> findApplicant(UUID accountId);

    /** The applicant account registered with this mobile number (the CSC API's {@code userID}, docs/signing.md). */
    Optional<ApplicantProfile> findApplicantByMobile(String mobile);

    /** The signed-in applicant's profile, if the current request belongs to one. */
    default Optional<ApplicantProfile> currentApplicant() {
        return AuthenticatedUser.current().filter(AuthenticatedUser::isApplicant)
                .flatMap(user -> findApplicant(user.id()));
    }
}
