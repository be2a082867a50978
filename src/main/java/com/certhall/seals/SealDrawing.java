package com.certhall.seals;

import com.certhall.seals.domain.SealImages;
import org.springframework.stereotype.Component;

/**
 * Seal images for other modules (docs/seals.md "Images"): the drawing itself stays in {@code seals.domain}.
 */
@Component
public class SealDrawing {

    private final SealImages images;

    SealDrawing(SealImages images) {
        this.images = images;
    }

    /** The 发票专用章 of a taxpayer: elliptical 40 × 30 mm, its name on the arc and its USCC across; 300 dpi PNG. */
    public byte[] invoiceSeal(String name, String uscc) {
        return images.draw(SealKind.INVOICE, name, uscc, null);
    }
}
