package com.certhall.catalog;

import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Money;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The price rule: per-year fee × years × quantity, plus the UKEY fee per certificate for UKEY products. */
class PriceRuleTests {

    static ProductSpec ukey() {
        return new ProductSpec("enterprise", "企业普通证书", "", CertificateType.ORGANIZATION, Medium.UKEY,
                Set.of(KeyAlgorithm.SM2), new TreeSet<>(Set.of(1, 2, 3, 4, 5)), 2, Money.ofFen(20000),
                Money.ofFen(6000));
    }

    static ProductSpec cloud() {
        return new ProductSpec("org-cloud", "单位云证书", "", CertificateType.ORGANIZATION, Medium.CLOUD,
                Set.of(KeyAlgorithm.SM2), new TreeSet<>(Set.of(1)), 1, Money.ofFen(40000), Money.ofFen(9999));
    }

    @Test
    void ukeyQuoteChargesYearsTimesQuantityPlusOneKeyPerCertificate() {
        Quote quote = ukey().quote(3, 2);
        assertThat(quote.total()).isEqualTo(Money.ofFen(20000 * 3 * 2 + 6000 * 2));
        assertThat(quote.lines()).extracting(QuoteLine::item)
                .containsExactly(QuoteLine.Item.CERTIFICATE, QuoteLine.Item.UKEY);
        assertThat(quote.lines().get(0).unitPrice()).isEqualTo(Money.ofFen(60000));
        assertThat(quote.lines().get(0).amount()).isEqualTo(Money.ofFen(120000));
    }

    @Test
    void cloudQuoteHasNoKeyLineEvenWhenAKeyPriceWasGiven() {
        ProductSpec cloud = cloud();
        assertThat(cloud.ukeyPrice()).isEqualTo(Money.ZERO);
        Quote quote = cloud.quote(1, 1);
        assertThat(quote.lines()).hasSize(1);
        assertThat(quote.total()).isEqualTo(Money.ofFen(40000));
    }

    @Test
    void yearsNotOfferedAndQuantityOutOfRangeAreBothNamed() {
        assertThatThrownBy(() -> cloud().quote(2, 3))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code())
                        .containsExactly("years:notOffered", "quantity:range"));
    }

    @Test
    void zeroQuantityIsRefused() {
        assertThatThrownBy(() -> ukey().quote(1, 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("quantity"));
    }

    @Test
    void keyAlgorithmMustBeOffered() {
        assertThat(ukey().checkKeyAlgorithm(KeyAlgorithm.SM2).isAllowed()).isTrue();
        assertThat(ukey().checkKeyAlgorithm(KeyAlgorithm.RSA_2048))
                .isInstanceOfSatisfying(PolicyDecision.Rejection.class,
                        r -> assertThat(r.messageKey()).isEqualTo("catalog.quote.keyAlgorithm"));
    }

    @Test
    void productRefusesYearsOutsideOneToFive() {
        assertThatThrownBy(() -> new ProductSpec("x", "x", "", CertificateType.PERSONAL, Medium.CLOUD,
                Set.of(KeyAlgorithm.SM2), new TreeSet<>(Set.of(6)), 1, Money.ZERO, Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
