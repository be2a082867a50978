package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.pki.ca.CertificateMaker;
import com.certhall.pki.ca.Crypto;
import com.certhall.pki.ca.PkiProperties;
import com.certhall.pki.ca.PkiUrls;
import com.certhall.pki.crl.CrlPublisher;
import com.certhall.pki.ocsp.OcspResponder;
import com.certhall.shared.IdentityDocument;
import com.certhall.support.IntegrationTest;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every profile × algorithm through the CA core, each certificate, CRL and OCSP answer checked against the rule table
 * of docs/pki.md ("Conformance"): RFC 5280 certificate and CRL profile, RFC 6960 responses, GM/T 0015-2023 identity
 * extensions. Rule ids in the messages (C1 …) are the table's.
 */
@IntegrationTest
class PkiConformanceTests {

    private static final List<KeyAlgorithm> ALGORITHMS = List.of(KeyAlgorithm.SM2, KeyAlgorithm.EC_P256,
            KeyAlgorithm.RSA_2048);
    private static final Map<String, ASN1ObjectIdentifier> SIGNATURES = Map.of(
            "sm2", GMObjectIdentifiers.sm2sign_with_sm3, "ecc", X9ObjectIdentifiers.ecdsa_with_SHA256,
            "rsa", PKCSObjectIdentifiers.sha256WithRSAEncryption);
    private static final List<ASN1ObjectIdentifier> DN_ORDER = List.of(BCStyle.C, BCStyle.ST, BCStyle.L, BCStyle.O,
            BCStyle.OU, BCStyle.SERIALNUMBER, BCStyle.CN);

    @Autowired
    CertificateAuthority authority;
    @Autowired
    OcspResponder ocsp;
    @Autowired
    CrlPublisher crls;
    @Autowired
    PkiUrls urls;
    @Autowired
    PkiProperties properties;

    final SoftAssertions softly = new SoftAssertions();

    @Test
    void everyEndEntityCertificateFollowsItsProfile() throws Exception {
        int checked = 0;
        for (KeyAlgorithm algorithm : ALGORITHMS) {
            for (CertificateProfile profile : CertificateProfile.values()) {
                if (profile.caService()) {
                    continue;
                }
                for (SubjectData subject : subjects(profile)) {
                    IssuedCertificate issued = authority.issue(IssuanceRequest.forCsr("conf-" + checked + "-"
                            + System.nanoTime(), profile, algorithm, subject, 2, PkiFixtures.csr(algorithm)));
                    checkEndEntity(issued, subject);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(3 * 5 * 2);
        softly.assertAll();
    }

    @Test
    void caCertificatesAndOcspSignersFollowTheirProfiles() throws Exception {
        for (KeyAlgorithm algorithm : ALGORITHMS) {
            X509CertificateHolder root = ca(algorithm.rootCaName());
            X509CertificateHolder issuing = ca(algorithm.issuingCaName());
            String at = algorithm.rootCaName();
            softly.assertThat(root.getIssuer()).as("A1 %s self-issued", at).isEqualTo(root.getSubject());
            softly.assertThat(verifies(root, root)).as("A1 %s self-signed", at).isTrue();
            checkCa(root, root, null, at);
            softly.assertThat(root.getExtension(Extension.authorityInfoAccess)).as("A5 %s no AIA", at).isNull();
            softly.assertThat(root.getExtension(Extension.cRLDistributionPoints)).as("A5 %s no CDP", at).isNull();

            at = algorithm.issuingCaName();
            checkCa(issuing, root, 0, at);
            softly.assertThat(within(issuing, root)).as("A6 %s validity inside the root's", at).isTrue();
            softly.assertThat(uris(issuing, AccessDescription.id_ad_caIssuers))
                    .as("A5 %s caIssuers", at).containsExactly(urls.caCertificate(algorithm.rootCaName()));
            softly.assertThat(crlUris(issuing)).as("A5 %s CDP", at).containsExactly(urls.crl(algorithm.rootCaName()));
            softly.assertThat(policies(issuing)).as("A5 %s policies", at).containsExactly(properties.policyOid());

            BasicOCSPResp response = basic(ocsp.respond(request(issuing, BigInteger.TEN, null)));
            X509CertificateHolder signer = response.getCerts()[0];
            at = algorithm.issuingCaName() + " OCSP signer";
            softly.assertThat(signer.getIssuer()).as("S1 %s issuer", at).isEqualTo(issuing.getSubject());
            softly.assertThat(verifies(signer, issuing)).as("S1 %s signature", at).isTrue();
            softly.assertThat(keyUsage(signer)).as("S2 %s key usage", at).isEqualTo(KeyUsage.digitalSignature);
            softly.assertThat(signer.getExtension(Extension.keyUsage).isCritical()).as("S2 %s critical", at).isTrue();
            softly.assertThat(eku(signer)).as("S3 %s EKU", at).containsExactly(KeyPurposeId.id_kp_OCSPSigning);
            Extension noCheck = signer.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck);
            softly.assertThat(noCheck).as("S4 %s ocsp-nocheck", at).isNotNull();
            if (noCheck != null) {
                softly.assertThat(noCheck.getParsedValue()).as("S4 %s NULL", at).isEqualTo(DERNull.INSTANCE);
            }
            softly.assertThat(aki(signer)).as("S5 %s AKI", at).isEqualTo(ski(issuing));
            softly.assertThat(within(signer, issuing)).as("S6 %s validity", at).isTrue();
        }
        softly.assertAll();
    }

    @Test
    void crlsAndOcspAnswersFollowRfc5280AndRfc6960() throws Exception {
        for (KeyAlgorithm algorithm : ALGORITHMS) {
            String caName = algorithm.issuingCaName();
            X509CertificateHolder issuing = ca(caName);
            IssuedCertificate good = issue(algorithm);
            IssuedCertificate revoked = issue(algorithm);
            IssuedCertificate unspecified = issue(algorithm);
            authority.revoke(caName, revoked.serialHex(), RevocationReason.KEY_COMPROMISE, null);
            authority.revoke(caName, unspecified.serialHex(), RevocationReason.UNSPECIFIED, null);

            X509CRLHolder crl = new X509CRLHolder(Files.readAllBytes(crls.current(caName)));
            softly.assertThat(crl.toASN1Structure().getVersionNumber()).as("L1 %s v2", caName).isEqualTo(2);
            softly.assertThat(crl.getIssuer()).as("L2 %s issuer", caName).isEqualTo(issuing.getSubject());
            softly.assertThat(crl.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Crypto.BC)
                    .build(issuing))).as("L2 %s signature", caName).isTrue();
            softly.assertThat(crl.toASN1Structure().getSignatureAlgorithm().getAlgorithm())
                    .as("L2 %s algorithm", caName).isEqualTo(SIGNATURES.get(algorithm.family()));
            softly.assertThat(AuthorityKeyIdentifier.fromExtensions(crl.getExtensions()).getKeyIdentifier())
                    .as("L3 %s AKI", caName).isEqualTo(ski(issuing));
            softly.assertThat(crl.getExtension(Extension.cRLNumber)).as("L4 %s CRL number", caName).isNotNull();
            softly.assertThat(crl.getNextUpdate()).as("L5 %s nextUpdate", caName).isAfter(crl.getThisUpdate());
            softly.assertThat(criticalOids(crl.getExtensions())).as("L6 %s no critical extension", caName).isEmpty();
            List<BigInteger> serials = new ArrayList<>();
            for (Object o : crl.getRevokedCertificates()) {
                X509CRLEntryHolder entry = (X509CRLEntryHolder) o;
                serials.add(entry.getSerialNumber());
                if (entry.getSerialNumber().equals(serial(unspecified))) {
                    softly.assertThat(entry.getExtensions()).as("L7 %s unspecified without reason", caName).isNull();
                }
                if (entry.getSerialNumber().equals(serial(revoked))) {
                    softly.assertThat(entry.getExtensions().getExtension(Extension.reasonCode))
                            .as("L7 %s keyCompromise reason", caName).isNotNull();
                }
            }
            softly.assertThat(serials).as("L8 %s entries by serial", caName).isSorted()
                    .contains(serial(revoked), serial(unspecified)).doesNotContain(serial(good));

            byte[] nonce = new byte[32];
            nonce[0] = 7;
            for (IssuedCertificate certificate : List.of(good, revoked, unspecified)) {
                checkOcsp(issuing, certificate, null);
                checkOcsp(issuing, certificate, nonce);
            }
        }
        softly.assertAll();
    }

    private void checkEndEntity(IssuedCertificate issued, SubjectData data) throws Exception {
        X509CertificateHolder cert = new X509CertificateHolder(issued.der());
        X509CertificateHolder issuer = ca(issued.caName());
        CertificateProfile profile = issued.profile();
        String at = profile + "/" + issued.algorithm() + (data.email() == null ? "" : "+mail");
        softly.assertThat(cert.getVersionNumber()).as("C1 %s v3", at).isEqualTo(3);
        BigInteger serial = cert.getSerialNumber();
        softly.assertThat(serial.signum()).as("C2 %s positive serial", at).isPositive();
        softly.assertThat(serial.bitLength()).as("C2 %s serial size", at).isBetween(65, 159);
        ASN1ObjectIdentifier signature = SIGNATURES.get(issued.algorithm().family());
        softly.assertThat(cert.getSignatureAlgorithm().getAlgorithm()).as("C3 %s algorithm", at).isEqualTo(signature);
        softly.assertThat(cert.toASN1Structure().getTBSCertificate().getSignature())
                .as("C3 %s inner = outer", at).isEqualTo(cert.getSignatureAlgorithm());
        softly.assertThat(verifies(cert, issuer)).as("C3 %s signature", at).isTrue();
        softly.assertThat(cert.getIssuer()).as("C4 %s issuer", at).isEqualTo(issuer.getSubject());
        softly.assertThat(within(cert, issuer)).as("C5 %s validity inside the issuer's", at).isTrue();
        softly.assertThat(cert.toASN1Structure().getStartDate().toASN1Primitive()).as("C5 %s UTCTime", at)
                .isInstanceOf(ASN1UTCTime.class);
        checkSubject(cert.getSubject(), profile, data, at);

        boolean mailbox = data.email() != null;
        softly.assertThat(keyUsage(cert)).as("C7 %s key usage", at)
                .isEqualTo(KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        softly.assertThat(criticalOids(cert.getExtensions())).as("C7/C17 %s only KU critical", at)
                .containsExactly(Extension.keyUsage);
        List<KeyPurposeId> expectedEku = profile == CertificateProfile.ESEAL
                ? List.of(KeyPurposeId.id_kp_documentSigning)
                : mailbox ? List.of(KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection)
                : List.of(KeyPurposeId.id_kp_clientAuth);
        softly.assertThat(eku(cert)).as("C8 %s EKU", at).containsExactlyElementsOf(expectedEku);
        softly.assertThat(cert.getExtension(Extension.basicConstraints)).as("C9 %s no basicConstraints", at).isNull();
        softly.assertThat(ski(cert)).as("C10 %s SKI", at)
                .isEqualTo(Crypto.sha1(cert.getSubjectPublicKeyInfo().getPublicKeyData().getBytes()));
        AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.fromExtensions(cert.getExtensions());
        softly.assertThat(aki.getKeyIdentifier()).as("C11 %s AKI", at).isEqualTo(ski(issuer));
        softly.assertThat(aki.getAuthorityCertIssuer()).as("C11 %s AKI key id only", at).isNull();
        Extension san = cert.getExtension(Extension.subjectAlternativeName);
        if (mailbox) {
            softly.assertThat(san).as("C12 %s SAN", at).isNotNull();
            softly.assertThat(GeneralNames.getInstance(san.getParsedValue()).getNames())
                    .as("C12 %s rfc822Name", at).containsExactly(new GeneralName(GeneralName.rfc822Name, data.email()));
        } else {
            softly.assertThat(san).as("C12 %s no SAN without a mailbox", at).isNull();
        }
        softly.assertThat(crlUris(cert)).as("C13 %s CDP", at).containsExactly(urls.crl(issued.caName()));
        softly.assertThat(uris(cert, AccessDescription.id_ad_ocsp)).as("C14 %s OCSP", at).containsExactly(urls.ocsp());
        softly.assertThat(uris(cert, AccessDescription.id_ad_caIssuers)).as("C14 %s caIssuers", at)
                .containsExactly(urls.caCertificate(issued.caName()));
        softly.assertThat(policies(cert)).as("C15 %s policy", at).containsExactly(properties.policyOid());
        checkIdentityExtensions(cert, issued, data, at);
    }

    private void checkSubject(X500Name subject, CertificateProfile profile, SubjectData data, String at) {
        List<ASN1ObjectIdentifier> types = Arrays.stream(subject.getRDNs()).map(rdn -> rdn.getFirst().getType())
                .toList();
        softly.assertThat(Arrays.stream(subject.getRDNs()).allMatch(rdn -> !rdn.isMultiValued()))
                .as("C6 %s single-valued RDNs", at).isTrue();
        Set<ASN1ObjectIdentifier> present = Set.copyOf(types);
        softly.assertThat(types).as("C6 %s DN order", at)
                .containsExactlyElementsOf(DN_ORDER.stream().filter(present::contains).toList());
        softly.assertThat(types).as("C6 %s DN attributes", at).contains(BCStyle.C, BCStyle.SERIALNUMBER, BCStyle.CN);
        softly.assertThat(present.contains(BCStyle.O)).as("C6 %s O", at)
                .isEqualTo(profile != CertificateProfile.PERSONAL);
        softly.assertThat(present.contains(BCStyle.ST)).as("C6 %s ST", at).isEqualTo(data.province() != null);
        softly.assertThat(present.contains(BCStyle.L)).as("C6 %s L", at).isEqualTo(data.locality() != null);
        for (RDN rdn : subject.getRDNs()) {
            ASN1ObjectIdentifier type = rdn.getFirst().getType();
            ASN1Encodable value = rdn.getFirst().getValue();
            Class<?> expected = type.equals(BCStyle.C) || type.equals(BCStyle.SERIALNUMBER)
                    ? DERPrintableString.class : DERUTF8String.class;
            softly.assertThat(value).as("C6 %s string type of %s", at, BCStyle.INSTANCE.oidToDisplayName(type))
                    .isInstanceOf(expected);
        }
        String serialNumber = subject.getRDNs(BCStyle.SERIALNUMBER)[0].getFirst().getValue().toString();
        softly.assertThat(serialNumber).as("C6 %s serialNumber", at).isEqualTo(profile.identifiesOrganization()
                ? data.uscc().value() : data.idDocument().number());
    }

    private void checkIdentityExtensions(X509CertificateHolder cert, IssuedCertificate issued, SubjectData data,
            String at) {
        Extension resident = cert.getExtension(CertificateMaker.GMT_RESIDENT_ID);
        Extension passport = cert.getExtension(CertificateMaker.GMT_PASSPORT);
        Extension uscc = cert.getExtension(CertificateMaker.GMT_USCC);
        if (issued.algorithm() != KeyAlgorithm.SM2) {
            softly.assertThat(Arrays.asList(resident, passport, uscc)).as("C16 %s none outside SM2", at)
                    .containsOnlyNulls();
            return;
        }
        IdentityDocument document = issued.profile().identifiesOrganization() ? null : data.idDocument();
        boolean residentId = document != null && document.kind() == IdentityDocument.Kind.RESIDENT_ID;
        boolean passportNumber = document != null && document.kind() == IdentityDocument.Kind.PASSPORT;
        softly.assertThat(resident != null).as("C16 %s resident ID extension", at).isEqualTo(residentId);
        softly.assertThat(passport != null).as("C16 %s passport extension", at).isEqualTo(passportNumber);
        softly.assertThat(uscc != null).as("C16 %s USCC extension", at).isEqualTo(data.uscc() != null);
        if (resident != null) {
            softly.assertThat(resident.getParsedValue()).as("C16 %s PrintableString", at)
                    .isEqualTo(new DERPrintableString(document.number()));
        }
        if (passport != null) {
            softly.assertThat(passport.getParsedValue()).as("C16 %s UTF8String", at)
                    .isEqualTo(new DERUTF8String(document.number()));
        }
        if (uscc != null) {
            softly.assertThat(uscc.getParsedValue()).as("C16 %s PrintableString", at)
                    .isEqualTo(new DERPrintableString(data.uscc().value()));
        }
        for (Extension e : Arrays.asList(resident, passport, uscc).stream().filter(x -> x != null).toList()) {
            softly.assertThat(e.isCritical()).as("C16 %s non-critical", at).isFalse();
        }
    }

    private void checkCa(X509CertificateHolder ca, X509CertificateHolder issuer, Integer pathLen, String at) {
        Extension bc = ca.getExtension(Extension.basicConstraints);
        softly.assertThat(bc != null && bc.isCritical()).as("A2 %s basicConstraints critical", at).isTrue();
        if (bc != null) {
            BasicConstraints constraints = BasicConstraints.getInstance(bc.getParsedValue());
            softly.assertThat(constraints.isCA()).as("A2 %s cA", at).isTrue();
            softly.assertThat(constraints.getPathLenConstraint() == null ? null
                    : constraints.getPathLenConstraint().intValue()).as("A2 %s pathLen", at).isEqualTo(pathLen);
        }
        softly.assertThat(keyUsage(ca)).as("A3 %s key usage", at).isEqualTo(KeyUsage.keyCertSign | KeyUsage.cRLSign);
        softly.assertThat(ca.getExtension(Extension.keyUsage).isCritical()).as("A3 %s KU critical", at).isTrue();
        softly.assertThat(ski(ca)).as("A4 %s SKI", at)
                .isEqualTo(Crypto.sha1(ca.getSubjectPublicKeyInfo().getPublicKeyData().getBytes()));
        softly.assertThat(aki(ca)).as("A4 %s AKI (roots too, BR 7.1.2.1.2)", at).isEqualTo(ski(issuer));
        softly.assertThat(verifies(ca, issuer)).as("A1 %s signature", at).isTrue();
    }

    private void checkOcsp(X509CertificateHolder issuing, IssuedCertificate certificate, byte[] nonce)
            throws Exception {
        String at = certificate.caName() + "/" + certificate.serialHex() + (nonce == null ? "" : "+nonce");
        BigInteger serial = serial(certificate);
        OCSPResp response = OcspResponder.parse(ocsp.respond(request(issuing, serial, nonce)));
        softly.assertThat(response.getStatus()).as("O1 %s successful", at).isZero();
        BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
        X509CertificateHolder signer = basic.getCerts()[0];
        softly.assertThat(basic.getResponderId()).as("O2 %s responder by key", at).isEqualTo(new RespID(
                signer.getSubjectPublicKeyInfo(), new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.BC)
                        .build().get(CertificateID.HASH_SHA1)));
        softly.assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Crypto.BC)
                .build(signer))).as("O3 %s signature", at).isTrue();
        softly.assertThat(basic.getSignatureAlgOID()).as("O3 %s algorithm", at)
                .isEqualTo(SIGNATURES.get(certificate.algorithm().family()));
        var single = basic.getResponses()[0];
        softly.assertThat(single.getCertID().getSerialNumber()).as("O4 %s certID", at).isEqualTo(serial);
        softly.assertThat(single.getNextUpdate()).as("O5 %s nextUpdate", at).isAfter(single.getThisUpdate());
        softly.assertThat(basic.getProducedAt()).as("O5 %s producedAt", at).isEqualTo(single.getThisUpdate());
        CertificateRecord record = authority.find(certificate.serialHex()).orElseThrow();
        if (record.status() == CertificateStatus.GOOD) {
            softly.assertThat(single.getCertStatus()).as("O6 %s good", at).isNull();
        } else {
            softly.assertThat(single.getCertStatus()).as("O6 %s revoked", at).isInstanceOf(RevokedStatus.class);
            RevokedStatus status = (RevokedStatus) single.getCertStatus();
            softly.assertThat(status.hasRevocationReason()).as("O7 %s reason unless unspecified", at)
                    .isEqualTo(record.reason() != RevocationReason.UNSPECIFIED);
        }
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce == null) {
            softly.assertThat(echoed).as("O8 %s no nonce", at).isNull();
        } else {
            softly.assertThat(echoed == null ? null
                    : DEROctetString.getInstance(echoed.getParsedValue()).getOctets()).as("O8 %s nonce", at)
                    .isEqualTo(nonce);
        }
    }

    /** Each profile with full data (ST, L, OU, a mailbox, a passport for the person) and with the least. */
    private static List<SubjectData> subjects(CertificateProfile profile) {
        IdentityDocument passport = new IdentityDocument(IdentityDocument.Kind.PASSPORT, "E12345678");
        IdentityDocument resident = IdentityDocument.residentId(PkiFixtures.ID);
        return switch (profile) {
            case ORGANIZATION, ESEAL -> List.of(
                    new SubjectData("测试科技有限公司", "测试科技有限公司", "信息部", "福建省", "福州市", PkiFixtures.USCC,
                            null, "it@example.cn"),
                    SubjectData.organization("测试科技有限公司", PkiFixtures.USCC));
            case PERSONAL -> List.of(
                    new SubjectData("JOHN SMITH", null, null, "上海市", "上海市", null, passport, "john@example.cn"),
                    SubjectData.person("张三", PkiFixtures.ID));
            default -> List.of(
                    new SubjectData("李四", "测试科技有限公司", "财务部", "福建省", "福州市", PkiFixtures.USCC, resident,
                            "lisi@example.cn"),
                    new SubjectData("李四", "测试科技有限公司", null, null, null, PkiFixtures.USCC, resident, null));
        };
    }

    private IssuedCertificate issue(KeyAlgorithm algorithm) {
        return authority.issue(PkiFixtures.request(CertificateProfile.PERSONAL, algorithm,
                PkiFixtures.csr(algorithm)));
    }

    private X509CertificateHolder ca(String name) throws Exception {
        return new X509CertificateHolder(authority.caCertificates().stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow().der());
    }

    private static byte[] request(X509CertificateHolder issuer, BigInteger serial, byte[] nonce) throws Exception {
        OCSPReqBuilder builder = new OCSPReqBuilder().addRequest(new CertificateID(
                new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.BC).build()
                        .get(CertificateID.HASH_SHA1), issuer, serial));
        if (nonce != null) {
            builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                    false, new DEROctetString(new DEROctetString(nonce).getEncoded()))));
        }
        return builder.build().getEncoded();
    }

    private static BasicOCSPResp basic(byte[] der) throws Exception {
        return (BasicOCSPResp) OcspResponder.parse(der).getResponseObject();
    }

    private static BigInteger serial(IssuedCertificate issued) {
        return new BigInteger(issued.serialHex(), 16);
    }

    private static boolean verifies(X509CertificateHolder cert, X509CertificateHolder issuer) {
        try {
            return cert.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Crypto.BC)
                    .build(issuer));
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean within(X509CertificateHolder cert, X509CertificateHolder issuer) {
        return !cert.getNotBefore().before(issuer.getNotBefore()) && !cert.getNotAfter().after(issuer.getNotAfter());
    }

    private static int keyUsage(X509CertificateHolder cert) {
        KeyUsage usage = KeyUsage.fromExtensions(cert.getExtensions());
        byte[] bytes = usage.getBytes();
        return (bytes.length > 0 ? bytes[0] & 0xff : 0) | (bytes.length > 1 ? (bytes[1] & 0xff) << 8 : 0);
    }

    private static List<KeyPurposeId> eku(X509CertificateHolder cert) {
        ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(cert.getExtensions());
        return eku == null ? List.of() : Arrays.asList(eku.getUsages());
    }

    private static byte[] ski(X509CertificateHolder cert) {
        SubjectKeyIdentifier ski = SubjectKeyIdentifier.fromExtensions(cert.getExtensions());
        return ski == null ? null : ski.getKeyIdentifier();
    }

    private static byte[] aki(X509CertificateHolder cert) {
        AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.fromExtensions(cert.getExtensions());
        return aki == null ? null : aki.getKeyIdentifier();
    }

    private static List<String> uris(X509CertificateHolder cert, ASN1ObjectIdentifier method) {
        AuthorityInformationAccess aia = AuthorityInformationAccess.fromExtensions(cert.getExtensions());
        return aia == null ? List.of() : Arrays.stream(aia.getAccessDescriptions())
                .filter(d -> d.getAccessMethod().equals(method))
                .map(d -> d.getAccessLocation().getName().toString()).toList();
    }

    private static List<String> crlUris(X509CertificateHolder cert) {
        Extension e = cert.getExtension(Extension.cRLDistributionPoints);
        return e == null ? List.of() : Arrays.stream(CRLDistPoint.getInstance(e.getParsedValue())
                        .getDistributionPoints())
                .flatMap(p -> Arrays.stream(GeneralNames.getInstance(p.getDistributionPoint().getName()).getNames()))
                .map(n -> n.getName().toString()).toList();
    }

    private static List<String> policies(X509CertificateHolder cert) {
        CertificatePolicies policies = CertificatePolicies.fromExtensions(cert.getExtensions());
        return policies == null ? List.of() : Arrays.stream(policies.getPolicyInformation())
                .map(p -> p.getPolicyIdentifier().getId()).toList();
    }

    private static List<ASN1ObjectIdentifier> criticalOids(Extensions extensions) {
        return extensions == null ? List.of() : Arrays.asList(extensions.getCriticalExtensionOIDs());
    }
}
