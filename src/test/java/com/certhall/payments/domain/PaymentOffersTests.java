package com.certhall.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ChannelSummary;
import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.MaterialPolicy;
import com.certhall.catalog.VerificationMethodPolicy;
import com.certhall.catalog.VerificationStage;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.provider.PaymentGateways;
import com.certhall.payments.provider.FakePaymentGateway;
import com.certhall.shared.InvalidInputException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A channel whose QR payment has no provider offers bank transfer, and finance is told. */
class PaymentOffersTests {

    static final ChannelRules QR_ONLY = channel("qr", Set.of(com.certhall.catalog.PaymentMethod.WECHAT_QR,
            com.certhall.catalog.PaymentMethod.ALIPAY_QR));
    static final ChannelRules ALL = channel("all", Set.of(com.certhall.catalog.PaymentMethod.values()));

    @Test
    void withoutAnyQrProviderAQrOnlyChannelOffersBankTransfer() {
        PaymentOffers offers = offers(gateways("none"));
        assertThat(offers.offered(QR_ONLY)).containsExactly(PaymentMethod.BANK_TRANSFER);
        assertThat(offers.offered(ALL)).containsExactly(PaymentMethod.BANK_TRANSFER);
        offers.check("qr", PaymentMethod.BANK_TRANSFER);
        assertThatThrownBy(() -> offers.check("qr", PaymentMethod.WECHAT_QR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("method");
                        assertThat(v.messageKey()).isEqualTo("payments.validation.methodUnavailable");
                    });
                });
        assertThat(offers.unserved()).extracting(PaymentOffers.Unserved::channelCode).containsExactly("qr", "all");
        assertThat(offers.unserved().get(0).methods()).containsExactly(PaymentMethod.WECHAT_QR, PaymentMethod.ALIPAY_QR);
    }

    @Test
    void withOneProviderTheChannelOffersWhatIsConfigured() {
        PaymentGateways wechatOnly = new PaymentGateways(List.of(new FakePaymentGateway("wechat",
                PaymentMethod.WECHAT_QR)), env("wechat"));
        PaymentOffers offers = offers(wechatOnly);
        assertThat(offers.offered(QR_ONLY)).containsExactly(PaymentMethod.WECHAT_QR);
        assertThat(offers.offered(ALL)).containsExactly(PaymentMethod.WECHAT_QR, PaymentMethod.BANK_TRANSFER);
        assertThat(offers.unserved()).extracting(u -> u.methods()).containsOnly(List.of(PaymentMethod.ALIPAY_QR));
    }

    private static PaymentOffers offers(PaymentGateways gateways) {
        Map<String, ChannelRules> channels = Map.of("qr", QR_ONLY, "all", ALL);
        CatalogManagement catalog = (CatalogManagement) Proxy.newProxyInstance(PaymentOffersTests.class.getClassLoader(),
                new Class<?>[] {CatalogManagement.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "findChannels" -> List.of(new ChannelSummary("qr", "QR", "Q", ""),
                            new ChannelSummary("all", "All", "A", ""));
                    case "findChannel" -> Optional.ofNullable(channels.get((String) args[0]));
                    case "channel" -> channels.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new PaymentOffers(catalog, gateways);
    }

    private static PaymentGateways gateways(String setting) {
        return new PaymentGateways(List.of(), env(setting));
    }

    private static MockEnvironment env(String setting) {
        MockEnvironment env = new MockEnvironment().withProperty("certhall.payments.gateway", setting);
        env.setActiveProfiles("prod");
        return env;
    }

    private static ChannelRules channel(String code, Set<com.certhall.catalog.PaymentMethod> methods) {
        return new ChannelRules(code, code, "Y", "", "", "", "", List.of(),
                new VerificationMethodPolicy(Map.of()), VerificationStage.AFTER_MATERIALS, new MaterialPolicy(List.of()),
                FlowOrder.values()[0], methods, true, Set.of(), false, null, false, null, null);
    }
}
