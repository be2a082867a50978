package com.certhall.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.orders.Identities;
import com.certhall.orders.OrderCommands.DeliveryForm;
import com.certhall.orders.OrderCommands.InvoiceForm;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.Subject;
import com.certhall.orders.Subject.IdType;
import com.certhall.orders.Subject.Party;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Invoice and delivery text goes onto an invoice and a waybill: no control or bidi characters (docs/security.md). */
class DraftValuesTests {

    static final Subject PERSON = new Subject.Person(new Party("李娜", IdType.RESIDENT_ID, Identities.residentId(),
            "13900139000", "li@example.com", "", ""));

    @Test
    void deliveryRefusesControlAndBidiCharactersNamingTheField() {
        assertThatThrownBy(() -> DraftValues.delivery(DeliveryInfo.Method.MAIL,
                new DeliveryForm("MAIL", "李\u202E娜", null, "北京市\u0000海淀区"), PERSON))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("recipient", "address"));
        assertThat(DraftValues.delivery(DeliveryInfo.Method.MAIL,
                new DeliveryForm("MAIL", null, null, "北京市海淀区中关村大街 1 号"), PERSON).recipient()).isEqualTo("李娜");
    }

    @Test
    void invoiceRefusesControlCharactersNamingTheField() {
        assertThatThrownBy(() -> DraftValues.invoice(PERSON,
                new InvoiceForm(true, null, "北京\u2066市", null, "银行\u0007", null, "a\u202E@b.cn")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).contains("address", "bankName", "email"));
    }
}
