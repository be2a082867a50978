package com.certhall.verification.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.orders.OrderId;
import com.certhall.orders.Subject.IdType;
import com.certhall.orders.Subject.Party;
import com.certhall.orders.Subject;
import com.certhall.shared.InvalidInputException;
import com.certhall.verification.FaceDelivery;
import com.certhall.verification.PartyRole;
import com.certhall.verification.StartVerification;
import com.certhall.verification.VerificationMethod;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The API body plus the order's subject step make the verification command; bad parts are named. */
class StartRequestTests {

    static final Party LEGAL_REP = new Party("张三", IdType.RESIDENT_ID, "11010519491231002X", "13800138000", "", "", "");
    static final Party HANDLER = new Party("李四", IdType.RESIDENT_ID, "360426199101010071", "13900139000", "", "", "");
    static final Subject ORG = new Subject.Organization("北京示例科技有限公司", "91110000600037341L", "北京", LEGAL_REP,
            HANDLER, false);
    static final OrderId ORDER = OrderId.random();

    @Test
    void organisationMicroDepositTakesNameAndUsccFromTheOrder() {
        StartVerification cmd = new StartRequest(PartyRole.ORGANIZATION, VerificationMethod.MICRO_DEPOSIT, "工行",
                "0200 0045 0900 0123 456", null, null, null).toCommand(ORDER, ORG, "a", Locale.CHINA);
        assertThat(cmd.companyName()).isEqualTo("北京示例科技有限公司");
        assertThat(cmd.uscc().value()).isEqualTo("91110000600037341L");
        assertThat(cmd.bankAccount()).isEqualTo("0200004509000123456");
    }

    @Test
    void legalRepTelecomUsesTheLegalRepsRegisteredMobile() {
        StartVerification cmd = new StartRequest(PartyRole.LEGAL_REP, VerificationMethod.TELECOM_3F, null, null, null,
                null, null).toCommand(ORDER, ORG, "a", Locale.CHINA);
        assertThat(cmd.name()).isEqualTo("张三");
        assertThat(cmd.idNumber().value()).isEqualTo("11010519491231002X");
        assertThat(cmd.mobile().value()).isEqualTo("13800138000");
    }

    @Test
    void bankCardTakesTheCardAndItsReservedMobileFromTheBody() {
        StartVerification cmd = new StartRequest(PartyRole.HANDLER, VerificationMethod.BANKCARD_4F, null, null,
                "6222 0200 0012 3456 782", "13700137000", null).toCommand(ORDER, ORG, "a", Locale.CHINA);
        assertThat(cmd.name()).isEqualTo("李四");
        assertThat(cmd.cardNumber().value()).isEqualTo("6222020000123456782");
        assertThat(cmd.mobile().value()).isEqualTo("13700137000");
        assertThatThrownBy(() -> new StartRequest(PartyRole.HANDLER, VerificationMethod.BANKCARD_4F, null, null,
                "6222020000123456783", "1370013700", null).toCommand(ORDER, ORG, "a", Locale.CHINA))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("cardNumber", "mobile"));
    }

    @Test
    void aPartyTheOrderDoesNotHaveOrAForeignIdIsRefusedByName() {
        assertThatThrownBy(() -> new StartRequest(PartyRole.PERSON, VerificationMethod.FACE, null, null, null, null,
                FaceDelivery.QR).toCommand(ORDER, ORG, "a", Locale.CHINA))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("party"));
        Subject foreigner = new Subject.Person(new Party("John Smith", IdType.PASSPORT, "E12345678", "13800138000",
                "", "", ""));
        assertThatThrownBy(() -> new StartRequest(PartyRole.PERSON, VerificationMethod.FACE, null, null, null, null,
                null).toCommand(ORDER, foreigner, "a", Locale.CHINA))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("idType"));
        assertThatThrownBy(() -> new StartRequest(null, null, null, null, null, null, null)
                .toCommand(ORDER, ORG, "a", Locale.CHINA))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("party", "method"));
    }
}
