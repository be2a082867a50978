package com.certhall.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.certhall.orders.Identities;
import com.certhall.shared.IdentityDocument.Kind;
import org.junit.jupiter.api.Test;

/** Identity documents beyond the resident ID, each checked by its own rule and refused with its own message. */
class IdentityDocumentTests {

    @Test
    void acceptsEachKindInItsFormat() {
        assertThat(IdentityDocument.parse("p", Kind.RESIDENT_ID, "11010519491231002x").number())
                .isEqualTo("11010519491231002X");
        assertThat(IdentityDocument.parse("p", Kind.PASSPORT, " e1234 5678 ").number()).isEqualTo("E12345678");
        assertThat(IdentityDocument.parse("p", Kind.HK_MACAO_PERMIT, "H12345678").number()).isEqualTo("H12345678");
        assertThat(IdentityDocument.parse("p", Kind.HK_MACAO_PERMIT, "m1234567801").number())
                .isEqualTo("M1234567801");
        assertThat(IdentityDocument.parse("p", Kind.TAIWAN_PERMIT, "12345678").number()).isEqualTo("12345678");
        assertThat(IdentityDocument.parse("p", Kind.FOREIGN_PERMANENT_RESIDENT, "USA110012345678").number())
                .isEqualTo("USA110012345678");
        String body = "931156" + "19800101" + "001";
        String number = body + Identities.residentIdCheck(body);
        assertThat(IdentityDocument.parse("p", Kind.FOREIGN_PERMANENT_RESIDENT, number).number()).isEqualTo(number);
    }

    @Test
    void refusesNumbersThatDoNotFitTheirKind() {
        assertRefused(Kind.PASSPORT, "E1<script>", "format");
        assertRefused(Kind.PASSPORT, "E12", "format");
        assertRefused(Kind.HK_MACAO_PERMIT, "X12345678", "format");
        assertRefused(Kind.TAIWAN_PERMIT, "1234567", "format");
        String body = "931156" + "19800101" + "001";
        char wrong = Identities.residentIdCheck(body) == '0' ? '1' : '0';
        assertRefused(Kind.FOREIGN_PERMANENT_RESIDENT, body + wrong, "format");
        assertRefused(Kind.RESIDENT_ID, "110105194912310022", "checkDigit");
        assertRefused(Kind.PASSPORT, " ", "required");
    }

    private static void assertRefused(Kind kind, String number, String code) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> IdentityDocument.parse("person.idNumber", kind, number));
        assertThat(e).as(kind + " " + number).isNotNull();
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("person.idNumber");
            assertThat(v.code()).isEqualTo(code);
        });
    }
}
