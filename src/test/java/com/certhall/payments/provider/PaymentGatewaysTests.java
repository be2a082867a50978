package com.certhall.payments.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.payments.PaymentMethod;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

/** Which QR providers are in use, checked at start so prod never dies of a missing bean. */
class PaymentGatewaysTests {

    @Test
    void prodWithoutTheSettingStopsWithAMessageNamingIt() {
        assertThatThrownBy(() -> new PaymentGateways(List.of(), Set.of(), "", true))
                .hasMessageContaining("certhall.payments.gateway (CERTHALL_PAYMENTS_GATEWAY) is required")
                .hasMessageContaining("'none'");
    }

    @Test
    void noneTakesBankTransferOnly() {
        MockEnvironment env = new MockEnvironment().withProperty(GatewaySelection.PROPERTY, "none");
        env.setActiveProfiles("prod");
        PaymentGateways gateways = new PaymentGateways(List.of(), env);
        assertThat(gateways.offers(PaymentMethod.BANK_TRANSFER)).isTrue();
        assertThat(gateways.offers(PaymentMethod.WECHAT_QR)).isFalse();
        assertThat(gateways.offers(PaymentMethod.ALIPAY_QR)).isFalse();
        assertThatThrownBy(() -> gateways.require(PaymentMethod.WECHAT_QR))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_CONFIGURED");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void aListedAdapterThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> new PaymentGateways(List.of(), Set.of("sandbox"), "sandbox", true))
                .hasMessageContaining("lists [sandbox]").hasMessageContaining("prod profile");
    }

    @Test
    void eachMethodGoesToItsProvider() {
        PaymentGateway wechat = new FakePaymentGateway("wechat", PaymentMethod.WECHAT_QR);
        PaymentGateways gateways = new PaymentGateways(List.of(wechat), Set.of("wechat"), "wechat", true);
        assertThat(gateways.require(PaymentMethod.WECHAT_QR)).isSameAs(wechat);
        assertThat(gateways.of(PaymentMethod.ALIPAY_QR)).isEmpty();
    }

    @Test
    void twoProvidersOfOneMethodAreRefused() {
        assertThatThrownBy(() -> new PaymentGateways(List.of(new FakePaymentGateway("sandbox", PaymentMethod.WECHAT_QR),
                new FakePaymentGateway("wechat", PaymentMethod.WECHAT_QR)), Set.of("sandbox", "wechat"), "sandbox,wechat", false))
                .hasMessageContaining("keep one");
    }

    @Test
    void theListSelectsAdaptersByTheirId() {
        new ApplicationContextRunner().withUserConfiguration(Adapters.class)
                .withPropertyValues(GatewaySelection.PROPERTY + "= Wechat , none")
                .run(context -> assertThat(context).hasBean("wechatAdapter").doesNotHaveBean("sandboxAdapter"));
        new ApplicationContextRunner().withUserConfiguration(Adapters.class)
                .run(context -> assertThat(context).hasBean("sandboxAdapter").doesNotHaveBean("wechatAdapter"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Adapters {

        @Bean
        @ConditionalOnGateway("sandbox")
        String sandboxAdapter() {
            return "sandbox";
        }

        @Bean
        @ConditionalOnGateway("wechat")
        String wechatAdapter() {
            return "wechat";
        }
    }
}
