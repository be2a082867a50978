package com.certhall.verification.provider;

import com.certhall.shared.BankCardNumber;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;

/** Bank card 4-factor check: card holder name, ID number, card number and the card's reserved mobile. */
public interface BankCardVerifier {

    /** @throws com.certhall.verification.ProviderUnavailableException when the card network does not answer */
    IdentityMatch check(String name, ResidentIdNumber idNumber, BankCardNumber card, MobileNumber reservedMobile);
}
