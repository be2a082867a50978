package com.certhall.verification.web;

import com.certhall.verification.domain.MicroDepositPolicy;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The verification pages state the micro-deposit's amounts, hours and memo as the policy has them. */
@ControllerAdvice(assignableTypes = {VerificationStartPages.class, VerificationPages.class})
class DepositTermsAdvice {

    @ModelAttribute("depositTerms")
    MicroDepositPolicy.Terms depositTerms() {
        return MicroDepositPolicy.terms();
    }
}
