package com.certhall.pki;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CAdES detached signatures as PAdES embeds them (docs/seals.md "Signing PDFs"; ETSI EN 319 122-1 and 319 142-1):
 * the SignedData over a digest computed by the caller, with the signed attributes content-type, message-digest and
 * signing-certificate-v2 (RFC 5035) and no signing-time; B-T adds a signature time-stamp (RFC 3161, RFC 5816) from
 * this CA's own time-stamping authority. The key stays with whoever signs: {@link HashSigner} gets the hash to sign
 * in the form {@link CloudKeys#signHashes} takes it. Also the validation data of a chain (B-LT) and verification.
 */
public interface CadesSignatures {

    /** The content digest a signature of this algorithm uses: SM3 for SM2, SHA-256 otherwise. */
    byte[] digest(KeyAlgorithm algorithm, InputStream content) throws IOException;

    /** The DER CMS ContentInfo (SignedData, detached) for {@code request}, time-stamped when asked. */
    byte[] sign(Request request, HashSigner signer);

    /**
     * OCSP answers, CRLs and CA certificates that let a verifier check, offline and later, every certificate in a
     * signature made by {@link #sign} (the signer's chain and the time-stamping unit's).
     */
    ValidationData validationData(byte[] cms);

    /**
     * Checks a detached CMS signature over {@code signedContent} and says what the CA knows of its signer, now and
     * at the time-stamp's time or else at {@code claimedTime} (the PDF's {@code /M}).
     */
    Verified verify(byte[] cms, byte[] signedContent, @Nullable Instant claimedTime);

    /**
     * What to sign.
     *
     * @param contentDigest {@link #digest} of the signed bytes
     * @param certificates  DER: the signer's certificate first, then its CA chain
     * @param timestamp     B-T: add a signature time-stamp of this CA's TSA
     */
    record Request(KeyAlgorithm algorithm, byte[] contentDigest, List<byte[]> certificates, boolean timestamp) {

        public Request {
            certificates = List.copyOf(certificates);
        }
    }

    /** Signs a hash: SHA-256 of the signed attributes, or e = SM3(Z‖M) for SM2 (GM/T 0003.2, default ID). */
    @FunctionalInterface
    interface HashSigner {
        byte[] sign(byte[] hash);
    }

    /** DER objects for a PDF's DSS dictionary (ETSI EN 319 142-1 §5.4). */
    record ValidationData(List<byte[]> certificates, List<byte[]> ocspResponses, List<byte[]> crls) {
    }

    /** Status of the signer's certificate as this CA knows it, now and at the time of signing. */
    enum SignerStatus { GOOD, REVOKED, ON_HOLD, EXPIRED, NOT_YET_VALID, UNKNOWN }

    /**
     * What a verification found.
     *
     * @param digestMatches    the message-digest attribute equals the digest of the signed content
     * @param signatureValid   the signature over the signed attributes verifies with the signer's certificate
     * @param certificateBound signing-certificate-v2 names the signer's certificate
     * @param issuedHere       the signer's certificate chains to one of this platform's CAs
     * @param timestamp        the time of a valid signature time-stamp, or null
     * @param timestampValid   a time-stamp is present and its token verifies and covers the signature
     * @param problem          why the signature could not be checked at all, or null
     */
    record Verified(boolean digestMatches, boolean signatureValid, boolean certificateBound, boolean issuedHere,
            @Nullable String signerSubject, @Nullable String signerSerialHex, @Nullable String issuerSubject,
            @Nullable String algorithm, byte @Nullable [] signerCertificate, @Nullable Instant timestamp,
            boolean timestampValid, SignerStatus statusNow, @Nullable SignerStatus statusAtSigning,
            @Nullable String problem) {

        public boolean valid() {
            return problem == null && digestMatches && signatureValid && certificateBound;
        }
    }
}
