package com.certhall.shared;

import com.certhall.orders.Identities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifierTests {

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341L", "121200004013590816", "91340600MA2PBM9HXD"})
    void acceptsKnownValidUsccs(String code) {
        assertThat(Uscc.parse("uscc", code).value()).isEqualTo(code);
    }

    @Test
    void usccCleansPastedSpacesFullWidthAndLowerCase() {
        assertThat(Uscc.parse("uscc", " ９１１１ 0000\u3000600037341l ").value()).isEqualTo("91110000600037341L");
    }

    @Test
    void usccRejectsInvalidCharacterNamingFieldAndPosition() {
        assertThatThrownBy(() -> Uscc.parse("organization.uscc", "91350100M000100Y4Z"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("organization.uscc");
                        assertThat(v.code()).isEqualTo("character");
                    });
                });
    }

    @Test
    void usccRejectsWrongCheckCharacter() {
        assertThatThrownBy(() -> Uscc.parse("uscc", "91110000600037341M"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("checkDigit"));
    }

    @Test
    void usccRejectsWrongLength() {
        assertThatThrownBy(() -> Uscc.parse("uscc", "9111000060003734"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("length"));
    }

    @Test
    void usccMasksInToString() {
        assertThat(Uscc.parse("uscc", "91110000600037341L").toString()).isEqualTo("9111**********341L");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "360426199101010071"})
    void acceptsKnownValidIdNumbers(String id) {
        assertThat(ResidentIdNumber.parse("idNumber", id).value()).isEqualTo(id);
    }

    @Test
    void idNumberRejectsWrongCheckDigit() {
        assertThatThrownBy(() -> ResidentIdNumber.parse("legalRep.idNumber", "36042619910102009X"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("legalRep.idNumber");
                    assertThat(e.violations().get(0).code()).isEqualTo("checkDigit");
                });
    }

    @Test
    void idNumberRejectsImpossibleBirthDate() {
        // 1991-02-30 does not exist; the check digit is computed so that only the date is wrong
        String body = "36042619910230007";
        assertThatThrownBy(() -> ResidentIdNumber.parse("idNumber", body + Identities.residentIdCheck(body)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("birthDate"));
    }

    @Test
    void idNumberConvertsFifteenDigits() {
        assertThat(ResidentIdNumber.parse("idNumber", "110105491231002").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void idNumberAcceptsLowerCaseXAndMasks() {
        ResidentIdNumber id = ResidentIdNumber.parse("idNumber", "11010519491231002x");
        assertThat(id.value()).endsWith("X");
        assertThat(id.toString()).isEqualTo("110105********002X");
        assertThat(id.birthDate()).hasToString("1949-12-31");
    }

    @ParameterizedTest
    @CsvSource({"13812345678,13812345678", "+86 138 1234 5678,13812345678", "0086-13812345678,13812345678",
            "８６１３８１２３４５６７８,13812345678"})
    void mobileAcceptsCommonForms(String raw, String expected) {
        assertThat(MobileNumber.parse("mobile", raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "abc"})
    void mobileRejectsNonMobiles(String raw) {
        assertThatThrownBy(() -> MobileNumber.parse("handler.mobile", raw))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("handler.mobile"));
    }

    @Test
    void mobileMasks() {
        assertThat(MobileNumber.parse("mobile", "13812345678").toString()).isEqualTo("138****5678");
    }

    @Test
    void bankCardChecksLuhnAndMasks() {
        BankCardNumber card = BankCardNumber.parse("cardNumber", "6222 0212 3456 7890 128");
        assertThat(card.value()).isEqualTo("6222021234567890128");
        assertThat(card.toString()).isEqualTo("622202*********0128");
        assertThatThrownBy(() -> BankCardNumber.parse("cardNumber", "6222021234567890123"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("checkDigit"));
    }

    @Test
    void moneyIsFenAndParsesYuan() {
        assertThat(Money.parseYuan("amount", "￥12.3").fen()).isEqualTo(1230);
        assertThat(Money.parseYuan("amount", "0.01").fen()).isEqualTo(1);
        assertThat(Money.ofFen(60000).times(2).plus(Money.ofFen(5)).toString()).isEqualTo("¥1200.05");
        assertThatThrownBy(() -> Money.parseYuan("amount", "1.234")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Money.parseYuan("amount", "-1")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void collectorNamesEveryBadField() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(() -> Uscc.parse("uscc", "bad"));
        errors.check(() -> MobileNumber.parse("mobile", "123"));
        errors.check(() -> ResidentIdNumber.parse("idNumber", "360426199101010071"));
        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("uscc", "mobile"));
    }
}
