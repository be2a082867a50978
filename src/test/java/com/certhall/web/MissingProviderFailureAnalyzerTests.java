package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.notifications.SmsGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A production start without a required provider names the settings, not a bean type. */
class MissingProviderFailureAnalyzerTests {

    @Test
    void aMissingSmsGatewayNamesTheSmsSettings() {
        Throwable failure = new UnsatisfiedDependencyException("notifier", "deliveringNotifier", "sms",
                new NoSuchBeanDefinitionException(SmsGateway.class));
        FailureAnalysis analysis = new MissingProviderFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("No SmsGateway is configured");
        assertThat(analysis.getAction()).contains("certhall.notifications.sms.provider=http")
                .contains("docs/deployment.md");
    }

    @Test
    void invoicingUnderProdNeedsARealTaxPlatformAndSaysSo() throws ClassNotFoundException {
        // the tax platform port is internal to invoicing: named by class name, not imported
        Class<?> port = Class.forName("com.certhall.invoicing.provider.TaxPlatform");
        Throwable failure = new UnsatisfiedDependencyException("reads", "invoiceReads", "platform",
                new NoSuchBeanDefinitionException(port));
        FailureAnalysis analysis = new MissingProviderFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("No TaxPlatform is configured");
        assertThat(analysis.getAction()).contains("certhall.invoicing.platform").contains("CERTHALL_INVOICING_PLATFORM");
    }

    @Test
    void otherMissingBeansAreLeftToSpringBoot() {
        assertThat(new MissingProviderFailureAnalyzer().analyze(new NoSuchBeanDefinitionException(String.class)))
                .isNull();
    }
}
