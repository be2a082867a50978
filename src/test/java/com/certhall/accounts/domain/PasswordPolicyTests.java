package com.certhall.accounts.domain;

import com.certhall.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTests {

    @ParameterizedTest
    @CsvSource({"short1a,length", "abcdefghij,letterAndDigit", "1234567890,letterAndDigit", "Zhang2026,sameAsLogin",
            "'',required"})
    void refusesWeakPasswordsNamingTheRule(String password, String code) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> PasswordPolicy.check("password", password, "zhang2026"));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("password");
            assertThat(v.code()).isEqualTo(code);
        });
    }

    @Test
    void acceptsEightCharactersWithLettersAndDigits() {
        assertThatCode(() -> PasswordPolicy.check("password", "abcd1234", "zhang2026")).doesNotThrowAnyException();
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> PasswordPolicy.check("newPassword", "a1".repeat(33), "x")).violations().get(0).field())
                .isEqualTo("newPassword");
    }
}
