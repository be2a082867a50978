package com.certhall.pki.seal;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.SealMaker;
import com.certhall.pki.ca.ServiceKeys;
import com.certhall.pki.ca.ServiceKeys.Purpose;
import com.certhall.pki.ca.ServiceKeys.ServiceKey;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.operator.ContentSigner;
import org.springframework.stereotype.Component;

/**
 * GB/T 38540-2020 seals on Bouncy Castle's ASN.1 primitives (docs/seals.md "Structure"):
 * <pre>
 * SESeal ::= SEQUENCE { eSealInfo SES_SealInfo, cert OCTET STRING, signAlgID OBJECT IDENTIFIER,
 *                       signedValue BIT STRING }
 * SES_SealInfo ::= SEQUENCE { header SES_Header, esID IA5String, property SES_ESPropertyInfo,
 *                             picture SES_ESPictrueInfo, extDatas ExtensionDatas OPTIONAL }
 * SES_Header ::= SEQUENCE { ID IA5String ("ES"), version INTEGER (4), Vid IA5String }
 * SES_ESPropertyInfo ::= SEQUENCE { type INTEGER, name UTF8String, certListType INTEGER, certList SES_CertList,
 *                                   createDate, validStart, validEnd GeneralizedTime }
 * SES_CertList ::= CHOICE { certs SEQUENCE OF OCTET STRING, certDigestList ... }   -- certListType 1: certs
 * SES_ESPictrueInfo ::= SEQUENCE { type IA5String, data OCTET STRING, width INTEGER, height INTEGER }
 * </pre>
 * The maker's signature is SM3withSM2 over the DER SES_SealInfo with the GM/T 0009 default user ID.
 */
@Component
class GbtSealMaker implements SealMaker {

    static final String VENDOR_ID = "CertHall";

    private final ServiceKeys keys;
    private final Clock clock;

    GbtSealMaker(ServiceKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public MadeSeal make(SealContent content) {
        ServiceKey maker = keys.find(KeyAlgorithm.SM2.issuingCaName(), Purpose.SEAL_MAKER)
                .orElseThrow(() -> new IllegalStateException("the seal maker does not exist: the SM2 CA is missing"));
        try {
            byte[] sealInfo = sealInfo(content).getEncoded(ASN1Encoding.DER);
            ContentSigner signer = maker.signer().contentSigner();
            try (OutputStream out = signer.getOutputStream()) {
                out.write(sealInfo);
            }
            byte[] makerCertificate = maker.certificate().getEncoded();
            DERSequence seal = new DERSequence(vector(DERSequence.getInstance(sealInfo),
                    new DEROctetString(makerCertificate), GMObjectIdentifiers.sm2sign_with_sm3,
                    new DERBitString(signer.getSignature())));
            return new MadeSeal(seal.getEncoded(ASN1Encoding.DER), sealInfo, makerCertificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DERSequence sealInfo(SealContent c) {
        ASN1EncodableVector header = vector(new DERIA5String("ES"), new ASN1Integer(4), new DERIA5String(VENDOR_ID));
        ASN1EncodableVector certs = new ASN1EncodableVector();
        c.signerCertificates().forEach(der -> certs.add(new DEROctetString(der)));
        ASN1EncodableVector property = vector(new ASN1Integer(c.type()), new DERUTF8String(c.name()),
                new ASN1Integer(1), new DERSequence(certs), time(clock.instant()), time(c.validStart()),
                time(c.validEnd()));
        ASN1EncodableVector picture = vector(new DERIA5String(c.imageType()), new DEROctetString(c.image()),
                new ASN1Integer(c.widthMm()), new ASN1Integer(c.heightMm()));
        return new DERSequence(vector(new DERSequence(header), new DERIA5String(c.esId(), true),
                new DERSequence(property), new DERSequence(picture)));
    }

    private static DERGeneralizedTime time(Instant instant) {
        return new DERGeneralizedTime(Date.from(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }

    private static ASN1EncodableVector vector(org.bouncycastle.asn1.ASN1Encodable... items) {
        ASN1EncodableVector vector = new ASN1EncodableVector(items.length);
        for (org.bouncycastle.asn1.ASN1Encodable item : items) {
            vector.add(item);
        }
        return vector;
    }
}
