package com.certhall.accounts.domain;

import com.certhall.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTests {

    @ParameterizedTest
    @CsvSource({"short1a,length", "abcd1234,length", "abcdefghij,letterAndDigit", "1234567890,letterAndDigit",
            "Zhang20260,sameAsLogin", "'',required"})
    void refusesWeakPasswordsNamingTheRule(String password, String code) {
        assertThat(violation(password, "zhang20260")).isEqualTo(code);
    }

    @Test
    void acceptsTenCharactersWithLettersAndDigitsThatAreNotCommon() {
        assertThatCode(() -> PasswordPolicy.check("password", "kx7plumtree9", "zhang2026"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Qwerty123456", "1QAZ2WSX3EDC", "abcd123456"})
    void refusesPasswordsOnTheCommonListWhateverTheirCase(String password) {
        assertThat(violation(password, "someone")).isEqualTo("common");
    }

    @Test
    void theCommonListHasAtLeastTenThousandEntries() {
        assertThat(PasswordPolicy.commonListSize()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Secret2026\u0000ab", "Secret2026\tab", "Secret\u202e2026ab", "Secret2026\u200bab",
            "Secret2026\nab"})
    void refusesControlAndFormatCharacters(String password) {
        assertThat(violation(password, "someone")).isEqualTo("control");
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> PasswordPolicy.check("newPassword", "a1".repeat(33), "x")).violations().get(0).field())
                .isEqualTo("newPassword");
    }

    private static String violation(String password, String login) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> PasswordPolicy.check("password", password, login));
        assertThat(e).as(password).isNotNull();
        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("password"));
        return e.violations().get(0).code();
    }
}
