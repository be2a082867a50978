package com.certhall.shared;

/** Personal bank card number: 12 to 19 digits with a Luhn (ISO/IEC 7812) check digit. */
public record BankCardNumber(String value) {

    public BankCardNumber {
        check("cardNumber", value);
    }

    public static BankCardNumber parse(String field, String raw) {
        String cleaned = InputHygiene.compact(raw).replace("-", "");
        check(field, cleaned);
        return new BankCardNumber(cleaned);
    }

    public static boolean isValid(String raw) {
        return InvalidInputException.accepts(() -> parse("cardNumber", raw));
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    private static void check(String field, String v) {
        InvalidInputException.requireText(field, v);
        if (v.length() < 12 || v.length() > 19 || !v.chars().allMatch(Character::isDigit)) {
            throw InvalidInputException.of(field, "format", "validation.bankCard.format", field);
        }
        if (!luhn(v)) {
            throw InvalidInputException.of(field, "checkDigit", "validation.bankCard.checkDigit", field);
        }
    }

    public String masked() {
        return Masking.mask(value, 6, 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
