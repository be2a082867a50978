package com.certhall.web;

import java.util.Map;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Turns "required a bean of type ...SmsGateway" into what an operator must set: outside the sandbox every external
 * party needs its production adapter configured (docs/deployment.md, "External parties"). Parties that may be
 * switched off (QR payments, courier, UKEY station, partner registry) never get here: they are optional.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingProviderFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException> {

    /** Simple name of a port → the settings that create its production adapter. */
    private static final Map<String, String> SETTINGS = Map.of(
            "SmsGateway", "certhall.notifications.sms.provider=http with certhall.notifications.sms.http.* (or "
                    + "provider=aliyun / tencent with certhall.notifications.sms.aliyun.* / .tencent.*)",
            "TelecomVerifier", VerificationSettings.TEXT,
            "BankCardVerifier", VerificationSettings.TEXT,
            "CorporateAccountVerifier", VerificationSettings.TEXT,
            "FaceLiveness", VerificationSettings.TEXT,
            "JavaMailSender", "spring.mail.host (CERTHALL_SMTP_HOST) and, if the server wants them, "
                    + "spring.mail.username / spring.mail.password",
            // prod never falls back to the sandbox tax platform; invoicing itself checks the choice at start
            "TaxPlatform", "certhall.invoicing.platform (CERTHALL_INVOICING_PLATFORM) to 'none' (finance issues "
                    + "invoices outside CertHall and records them on /admin/invoices) or a production tax-platform "
                    + "adapter (docs/invoicing.md); the sandbox tax platform is never used outside the sandbox");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
        Class<?> type = cause.getBeanType();
        if (type == null || !SETTINGS.containsKey(type.getSimpleName())) {
            return null;
        }
        return new FailureAnalysis("No " + type.getSimpleName() + " is configured: outside the sandbox profile the "
                + "platform talks to the real provider, and none was set up.",
                "Set " + SETTINGS.get(type.getSimpleName()) + ". Every setting is in docs/deployment.md and "
                        + "docs/configuration.md; secrets come from the environment.", cause);
    }

    private static final class VerificationSettings {
        static final String TEXT = "certhall.verification.provider=http with certhall.verification.http.base-url, "
                + "access-key-id and access-key-secret";
    }
}
