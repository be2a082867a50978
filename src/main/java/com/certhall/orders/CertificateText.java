package com.certhall.orders;

import com.certhall.shared.FieldViolation;
import com.certhall.shared.FreeText;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for text that ends up in a certificate's subject (CN, O, OU) or subjectAltName, applied where the
 * applicant types it (docs/security.md "Bad input"), so that a bad name is refused with its field before payment,
 * never written into a certificate: tidied like every name; no control or format characters (NUL, the bidi
 * embeddings, overrides and isolates such as U+202E, which would make a CN display differently from what it holds);
 * no markup ({@code <}, {@code >}); and no longer than RFC 5280's upper bounds (Appendix A.1: ub-common-name,
 * ub-organization-name and ub-organizational-unit-name are 64 characters, ub-emailaddress-length 255).
 */
final class CertificateText {

    /** ub-common-name, ub-organization-name, ub-organizational-unit-name (RFC 5280 Appendix A.1). */
    public static final int UB_NAME = 64;
    /** ub-emailaddress-length (RFC 5280 Appendix A.1). */
    public static final int UB_EMAIL = 255;

    private CertificateText() {
    }

    /** A required name (CN, O): the tidied text, or null after naming the field in {@code errors}. */
    public static @Nullable String required(String field, @Nullable String raw, int max,
            InvalidInputException.Collector errors) {
        String value = errors.check(() -> check(field, raw, max));
        if (value != null && value.isEmpty()) {
            errors.add(FieldViolation.of(field, "required", "validation.required", field));
            return null;
        }
        return value;
    }

    /** An optional name (OU): the tidied text, empty when not given, or null after naming the field. */
    public static @Nullable String optional(String field, @Nullable String raw, int max,
            InvalidInputException.Collector errors) {
        return errors.check(() -> check(field, raw, max));
    }

    /** The tidied text (empty when blank); refuses control and format characters, markup and excess length. */
    public static String check(String field, @Nullable String raw, int max) {
        if (raw == null) {
            return "";
        }
        if (raw.length() > max * 4) {
            throw InvalidInputException.of(field, "length", "orders.text.tooLong", field, max);
        }
        if (raw.codePoints().anyMatch(FreeText::forbidden)) {
            throw InvalidInputException.of(field, "control", "validation.text.control", field);
        }
        String value = InputHygiene.tidy(raw);
        if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
            throw InvalidInputException.of(field, "markup", "orders.text.markup", field);
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw InvalidInputException.of(field, "length", "orders.text.tooLong", field, max);
        }
        return value;
    }
}
