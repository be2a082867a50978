package com.certhall.orders;

import com.certhall.shared.Masking;

/**
 * A person in an order: the legal representative, the handler (经办人) or the individual applicant. Values are
 * already cleaned and checked; {@code email}, {@code address} and {@code department} may be empty where the role
 * does not need them.
 */
public record Party(String name, IdType idType, String idNumber, String mobile, String email, String address,
        String department) {

    public String maskedIdNumber() {
        return Masking.mask(idNumber, idType == IdType.RESIDENT_ID ? 6 : 2, 4);
    }

    public String maskedMobile() {
        return Masking.mask(mobile, 3, 4);
    }

    @Override
    public String toString() {
        return "Party[" + name + ", " + idType + " " + maskedIdNumber() + ", " + maskedMobile() + "]";
    }
}
