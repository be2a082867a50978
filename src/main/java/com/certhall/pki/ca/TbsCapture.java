package com.certhall.pki.ca;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.RuntimeOperatorException;

/**
 * A {@link ContentSigner} that keeps what it signed — a certificate builder writes the TBSCertificate's DER into it —
 * and its signature, so the certificate's DER is assembled from those octets ({@link #certificate}) instead of
 * encoding the whole structure a second time (docs/pki.md "Issuance in batches"). The builder writes the DER in many
 * small pieces (a tag, a length octet); they are collected here and handed to the signature in one update when the
 * signature is asked for, not one call per piece. Single use, like the signer it wraps.
 */
final class TbsCapture implements ContentSigner {

    private static final int SEQUENCE = 0x30;
    private static final int BIT_STRING = 0x03;

    private final ContentSigner signer;
    private final Buffer tbs = new Buffer();
    private byte[] signature;

    TbsCapture(ContentSigner signer) {
        this.signer = signer;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return signer.getAlgorithmIdentifier();
    }

    @Override
    public OutputStream getOutputStream() {
        return tbs;
    }

    @Override
    public byte[] getSignature() {
        try (OutputStream out = signer.getOutputStream()) {
            out.write(tbs.bytes, 0, tbs.count);
        } catch (IOException e) {
            throw new RuntimeOperatorException("signature update failed", e);
        }
        signature = signer.getSignature();
        return signature;
    }

    /**
     * The signed certificate's DER (RFC 5280 §4.1): SEQUENCE of the TBSCertificate as signed, the signature
     * algorithm and the signature as a BIT STRING with no unused bits — what the builder's structure encodes to.
     */
    byte[] certificate() {
        if (signature == null) {
            throw new IllegalStateException("nothing signed yet");
        }
        return Der.tlv(SEQUENCE, Arrays.copyOf(tbs.bytes, tbs.count), Der.encode(signer.getAlgorithmIdentifier()),
                Der.tlv(BIT_STRING, new byte[] {0}, signature));
    }

    /**
     * The TBSCertificate's octets as written. Unlike {@code ByteArrayOutputStream} it takes no lock per write: the
     * builder writes many single octets (tags, lengths), and the capture is used by one thread only.
     */
    private static final class Buffer extends OutputStream {
        byte[] bytes = new byte[2048];
        int count;

        @Override
        public void write(int b) {
            if (count == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (count + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + len));
            }
            System.arraycopy(b, off, bytes, count, len);
            count += len;
        }
    }
}
