package com.certhall.recognition;

import com.certhall.shared.Masking;

/**
 * A business licence (营业执照): the unified social credit code, only when its check character is right
 * (GB 32100-2015), the organisation's name, its legal representative (法定代表人, or 负责人/经营者 on licences of
 * branches and sole traders) and its address (住所 or 经营场所); unread fields are empty strings.
 */
public record LicenceReading(String uscc, String name, String legalRep, String address) implements ScanReading {

    @Override
    public ScanKind kind() {
        return ScanKind.BUSINESS_LICENCE;
    }

    @Override
    public String toString() {
        return "LicenceReading[" + uscc + ", " + name + ", " + Masking.mask(legalRep, 1, 0) + "]";
    }
}
