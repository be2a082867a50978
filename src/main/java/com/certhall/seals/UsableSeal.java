package com.certhall.seals;

import java.time.Instant;
import java.util.UUID;

/**
 * A seal an account may sign with now, for the PDF signing side: its image (300 dpi PNG, transparent) and the
 * certificate whose key signs (the cloud key of that serial).
 *
 * @param widthMm  printed width of the image
 * @param heightMm printed height of the image
 */
public record UsableSeal(UUID sealId, String esId, String name, SealKind kind, String certificateSerial,
        byte[] image, int widthMm, int heightMm, Instant validTo) {

    public UsableSeal {
        image = image.clone();
    }

    @Override
    public byte[] image() {
        return image.clone();
    }
}
