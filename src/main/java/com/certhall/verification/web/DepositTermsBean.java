package com.certhall.verification.web;

import com.certhall.verification.domain.MicroDepositPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The micro-deposit's amounts, hours and memo as the policy has them, for the verification pages to state
 * ({@code ${@depositTerms.minYuan()}}).
 */
@Configuration(proxyBeanMethods = false)
class DepositTermsBean {

    @Bean("depositTerms")
    MicroDepositPolicy.Terms depositTerms() {
        return MicroDepositPolicy.terms();
    }
}
