package com.certhall.pki.cms;

import com.certhall.pki.CadesSignatures.ValidationData;
import com.certhall.pki.ca.Ca;
import com.certhall.pki.ca.CaRegistry;
import com.certhall.pki.ca.Crypto;
import com.certhall.pki.crl.CrlPublisher;
import com.certhall.pki.ocsp.OcspResponder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.stereotype.Component;

/**
 * The validation data of a signature for B-LT (ETSI EN 319 142-1 §5.4, the DSS dictionary): every certificate in the
 * CMS and in its time-stamp token with its chain up to the root, a fresh OCSP answer for each one an issuing CA's
 * responder answers for, and the current CRL of every CA on the way (a root's CRL covers its issuing CA).
 */
@Component
class CadesValidationData {

    private final CaRegistry registry;
    private final OcspResponder ocsp;
    private final CrlPublisher crls;

    CadesValidationData(CaRegistry registry, OcspResponder ocsp, CrlPublisher crls) {
        this.registry = registry;
        this.ocsp = ocsp;
        this.crls = crls;
    }

    ValidationData of(byte[] cms) {
        Map<String, X509CertificateHolder> certificates = new LinkedHashMap<>();
        Map<String, Ca> cas = new LinkedHashMap<>();
        List<byte[]> answers = new ArrayList<>();
        try {
            CMSSignedData signed = new CMSSignedData(CadesVerifier.unpadded(cms));
            List<X509CertificateHolder> found = new ArrayList<>(all(signed));
            for (SignerInformation signer : signed.getSignerInfos()) {
                Attribute stamp = signer.getUnsignedAttributes() == null ? null
                        : signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
                if (stamp != null) {
                    found.addAll(all(new TimeStampToken(new CMSSignedData(
                            stamp.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded())).toCMSSignedData()));
                }
            }
            for (X509CertificateHolder certificate : found) {
                add(certificates, certificate);
                Optional<Ca> issuer = issuerOf(certificate);
                if (issuer.isEmpty()) {
                    continue;
                }
                issuer.get().chain().forEach(c -> add(certificates, c));
                for (X509CertificateHolder c : issuer.get().chain()) {
                    issuerOf(c).ifPresent(ca -> cas.putIfAbsent(ca.name(), ca));
                }
                cas.putIfAbsent(issuer.get().name(), issuer.get());
                if (issuer.get().ocsp() != null && !certificate.getSubject().equals(issuer.get().certificate()
                        .getSubject())) {
                    byte[] answer = ocsp.respond(request(issuer.get(), certificate));
                    if (new OCSPResp(answer).getStatus() == OCSPResp.SUCCESSFUL) {
                        answers.add(answer);
                    }
                }
            }
        } catch (CMSException | TSPException | OCSPException | OperatorCreationException e) {
            throw new IllegalArgumentException("not a CMS signature this CA can collect validation data for", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<byte[]> crlList = new ArrayList<>();
        for (Ca ca : cas.values()) {
            try {
                crlList.add(Files.readAllBytes(crls.current(ca.name())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ValidationData(certificates.values().stream().map(CadesValidationData::der).toList(), answers,
                crlList);
    }

    private Optional<Ca> issuerOf(X509CertificateHolder certificate) {
        return registry.all().stream().filter(ca -> ca.certificate().getSubject().equals(certificate.getIssuer()))
                .filter(ca -> CadesVerifier.signedBy(certificate, ca.certificate())).findFirst();
    }

    private static byte[] request(Ca issuer, X509CertificateHolder certificate)
            throws OperatorCreationException, OCSPException, IOException {
        return new OCSPReqBuilder().addRequest(new CertificateID(new JcaDigestCalculatorProviderBuilder()
                .setProvider(Crypto.BC).build().get(CertificateID.HASH_SHA1), issuer.certificate(),
                certificate.getSerialNumber())).build().getEncoded();
    }

    @SuppressWarnings("unchecked")
    private static Collection<X509CertificateHolder> all(CMSSignedData signed) {
        return signed.getCertificates().getMatches(null);
    }

    private static void add(Map<String, X509CertificateHolder> certificates, X509CertificateHolder certificate) {
        certificates.putIfAbsent(Crypto.sha256Hex(der(certificate)), certificate);
    }

    static byte[] der(X509CertificateHolder certificate) {
        try {
            return certificate.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
