package com.certhall.pki;

import java.time.Instant;
import java.util.List;

/**
 * The CA's seal maker (制章者): makes GB/T 38540-2020 electronic seals ({@code SESeal}, version 4) signed with its SM2
 * organisation certificate under the SM2 issuing CA (docs/seals.md "Structure").
 */
public interface SealMaker {

    /** Builds the SES_SealInfo, signs its DER encoding with SM3withSM2 (user ID 1234567812345678) and wraps it. */
    MadeSeal make(SealContent content);

    /**
     * What a seal says.
     *
     * @param esId               the seal code (IA5String)
     * @param type               1 organisation seal, 2 personal seal
     * @param name               the seal's name
     * @param signerCertificates DER certificates of the signers who may use it (certListType 1)
     * @param imageType          {@code PNG}
     * @param image              the picture
     * @param widthMm            printed width in millimetres
     * @param heightMm           printed height in millimetres
     */
    record SealContent(String esId, int type, String name, List<byte[]> signerCertificates, String imageType,
            byte[] image, int widthMm, int heightMm, Instant validStart, Instant validEnd) {

        public SealContent {
            signerCertificates = List.copyOf(signerCertificates);
        }
    }

    /** A made seal: the DER SESeal, the DER SES_SealInfo inside it (what was signed) and the maker's certificate. */
    record MadeSeal(byte[] seSeal, byte[] sealInfo, byte[] makerCertificate) {
    }
}
