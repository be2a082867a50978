package com.certhall.recognition;

import com.certhall.shared.Masking;
import java.time.LocalDate;

/**
 * The front of a resident identity card (居民身份证). Only made when the ID number's check character is right
 * (GB 11643-1999) and the printed birth date is the one the number encodes; fields the engine could not read are
 * empty strings.
 */
public record IdCardFront(String name, String sex, String ethnicity, LocalDate birthDate, String address,
        String idNumber) implements ScanReading {

    @Override
    public ScanKind kind() {
        return ScanKind.ID_CARD_FRONT;
    }

    @Override
    public String toString() {
        return "IdCardFront[" + Masking.mask(name, 1, 0) + ", " + Masking.mask(idNumber, 6, 4) + "]";
    }
}
