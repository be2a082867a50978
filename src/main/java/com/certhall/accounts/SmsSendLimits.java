package com.certhall.accounts;

import com.certhall.shared.MobileNumber;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The one policy every SMS the platform sends on somebody's request obeys: per number, per kind, per account and
 * per source address (docs/security.md, "Accounts"). {@link SmsChallengeService#issue} applies it to every code;
 * modules that send other messages on request (the authorization link) take an allowance here first, in the
 * transaction that publishes the message.
 */
public interface SmsSendLimits {

    /**
     * Counts one message of {@code kind} to {@code mobile}, or refuses it.
     *
     * @param accountId the applicant asking, or null to take the signed-in applicant of the current request
     * @param clientIp  the client's address, or null to take the current request's
     * @throws com.certhall.shared.RateLimitedException (429) with the time to wait when a limit is reached
     */
    void admit(MobileNumber mobile, String kind, @Nullable UUID accountId, @Nullable String clientIp);
}
