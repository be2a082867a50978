package com.certhall.accounts;

import com.certhall.shared.MobileNumber;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask about applicant accounts. The signed-in user is {@link AuthenticatedUser#current()}. */
public interface AccountManagement {

    Optional<ApplicantProfile> findApplicant(UUID accountId);

    /** The applicant account registered with this mobile number (the CSC API's {@code userID}, docs/signing.md). */
    Optional<ApplicantProfile> findApplicantByMobile(String mobile);

    /** The applicant whose login name, USCC, mobile or e-mail {@code login} is (as typed at the login page). */
    Optional<ApplicantProfile> findApplicantByLogin(String login);

    /**
     * Replaces a lost registered mobile after staff approved the holder's request (docs/support.md, "Lost mobile"):
     * the new number was proven by an SMS code when the request was made. Ends every bearer token and browser session of
     * the account and publishes {@link MobileChanged}, which tells both numbers.
     *
     * @throws com.certhall.shared.ProblemException (409, field {@code mobile}) when another account holds it by now
     */
    void replaceLostMobile(UUID accountId, MobileNumber newMobile, Locale locale);

    /** The signed-in applicant's profile, if the current request belongs to one. */
    default Optional<ApplicantProfile> currentApplicant() {
        return AuthenticatedUser.current().filter(AuthenticatedUser::isApplicant)
                .flatMap(user -> findApplicant(user.id()));
    }
}
