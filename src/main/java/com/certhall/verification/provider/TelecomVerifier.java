package com.certhall.verification.provider;

import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;

/** Carrier 3-factor check: is {@code mobile} registered to this name and ID number? */
public interface TelecomVerifier {

    /** @throws com.certhall.verification.ProviderUnavailableException when the carrier does not answer */
    IdentityMatch check(String name, ResidentIdNumber idNumber, MobileNumber mobile);
}
