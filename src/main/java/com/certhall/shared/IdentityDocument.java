package com.certhall.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A natural person's identity document (证件) as certificates carry it: its kind and number, cleaned (spaces and
 * dashes removed, upper case) and checked. The resident ID number follows GB 11643-1999 with its check character; the
 * 2023 foreign permanent resident ID card has 18 characters with the same MOD 11-2 check character, the 2004 card
 * three letters and twelve digits; passports are ICAO Doc 9303 document numbers (letters and digits); the mainland
 * travel permits start with H (Hong Kong) or M (Macao), or are 8 digits (Taiwan), each optionally followed by the
 * 2-digit issue count.
 */
public record IdentityDocument(Kind kind, String number) {

    /** Kinds of identity document, in the order forms offer them. */
    public enum Kind {
        /** 居民身份证. */
        RESIDENT_ID,
        /** 护照. */
        PASSPORT,
        /** 港澳居民来往内地通行证. */
        HK_MACAO_PERMIT,
        /** 台湾居民来往大陆通行证. */
        TAIWAN_PERMIT,
        /** 外国人永久居留身份证. */
        FOREIGN_PERMANENT_RESIDENT
    }

    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,17}");
    private static final Pattern HK_MACAO = Pattern.compile("[HM]\\d{8}(\\d{2})?");
    private static final Pattern TAIWAN = Pattern.compile("\\d{8}(\\d{2})?");
    private static final Pattern PERMANENT_2004 = Pattern.compile("[A-Z]{3}\\d{12}");
    private static final Pattern PERMANENT_2023 = Pattern.compile("9\\d{16}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public IdentityDocument {
        if (kind == null) {
            throw InvalidInputException.of("idType", "required", "validation.required", "idType");
        }
        number = checked("idNumber", kind, number);
    }

    /** A document from what a form gave; refusals name {@code field}. */
    public static IdentityDocument parse(String field, Kind kind, String raw) {
        return new IdentityDocument(kind, checked(field, kind, raw));
    }

    public static IdentityDocument residentId(ResidentIdNumber id) {
        return new IdentityDocument(Kind.RESIDENT_ID, id.value());
    }

    private static String checked(String field, Kind kind, String raw) {
        String v = raw == null ? "" : InputHygiene.compact(raw).replace("-", "").toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            throw InvalidInputException.of(field, "required", "validation.required", field);
        }
        boolean valid = switch (kind) {
            case RESIDENT_ID -> ResidentIdNumber.parse(field, v) != null;
            case PASSPORT -> PASSPORT.matcher(v).matches();
            case HK_MACAO_PERMIT -> HK_MACAO.matcher(v).matches();
            case TAIWAN_PERMIT -> TAIWAN.matcher(v).matches();
            case FOREIGN_PERMANENT_RESIDENT -> PERMANENT_2004.matcher(v).matches()
                    || PERMANENT_2023.matcher(v).matches() && checkCharacter(v) == v.charAt(17);
        };
        if (!valid) {
            throw InvalidInputException.of(field, "format", "validation.idDocument." + kind.name(), field);
        }
        return kind == Kind.RESIDENT_ID ? ResidentIdNumber.parse(field, v).value() : v;
    }

    private static char checkCharacter(String v) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (v.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public String masked() {
        return Masking.mask(number, kind == Kind.RESIDENT_ID ? 6 : 2, 4);
    }

    @Override
    public String toString() {
        return kind + " " + masked();
    }
}
