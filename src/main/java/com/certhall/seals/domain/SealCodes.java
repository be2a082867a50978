package com.certhall.seals.domain;

import com.certhall.shared.Uscc;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Seal codes (GB/T 38540 {@code esID}, docs/seals.md "Seal code"): 13 digits, the registration authority's division
 * code of the organisation's USCC (GB 32100-2015 positions 3 to 8) and 7 random digits, unique among all seals.
 */
@Component
class SealCodes {

    private final SecureRandom random = new SecureRandom();
    private final SealRows rows;

    SealCodes(SealRows rows) {
        this.rows = rows;
    }

    String next(String uscc) {
        String division = new Uscc(uscc).value().substring(2, 8);
        String division6 = division.chars().allMatch(Character::isDigit) ? division : "000000";
        for (int i = 0; i < 20; i++) {
            String code = division6 + String.format("%07d", random.nextInt(10_000_000));
            if (!rows.esIdTaken(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free seal code after 20 draws for division " + division6);
    }
}
