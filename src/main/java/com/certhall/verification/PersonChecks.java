package com.certhall.verification;

import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.verification.provider.TelecomVerifier;
import org.springframework.stereotype.Service;

/**
 * One-off identity checks other modules ask outside an order's verification cases: today the carriers' 3-factor check
 * of a seal user (docs/seals.md "Administration"), through the same {@link TelecomVerifier} port and its sandbox.
 */
@Service
public class PersonChecks {

    private final TelecomVerifier telecom;

    PersonChecks(TelecomVerifier telecom) {
        this.telecom = telecom;
    }

    /**
     * Whether the carrier has {@code mobile} registered to this name and ID number.
     *
     * @throws ProviderUnavailableException when the carrier does not answer
     */
    public boolean telecomMatches(String name, ResidentIdNumber idNumber, MobileNumber mobile) {
        return telecom.check(name, idNumber, mobile).consistent();
    }
}
