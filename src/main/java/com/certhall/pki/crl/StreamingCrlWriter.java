package com.certhall.pki.crl;

import com.certhall.pki.ca.Ca;
import com.certhall.pki.persistence.CertificateRows.RevokedEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.operator.ContentSigner;

/**
 * Writes an X.509 v2 CRL (RFC 5280 §5) of any size in bounded memory. Every element — each revoked entry, the
 * issuer, times, extensions, the signature — is encoded by Bouncy Castle; only the headers (tag and length) of the
 * two SEQUENCEs that wrap streamed content are written here, because BC's encoders need the whole content in memory.
 * Pass 1 sums the entries' encoded lengths; pass 2 writes the TBSCertList to a temporary file while it flows
 * through the CA's signer; the result is the header, the TBS, the algorithm and the signature.
 */
public final class StreamingCrlWriter {

    /** A source of entries that can be read twice in the same order (e.g. the same database query, twice). */
    public interface EntrySource {
        void forEach(Consumer<RevokedEntry> consumer);
    }

    private StreamingCrlWriter() {
    }

    /** Writes the signed CRL to {@code target}; returns the number of entries. */
    public static long write(Ca ca, long crlNumber, Instant thisUpdate, Instant nextUpdate, EntrySource entries,
            Path target) throws IOException {
        long[] count = {0};
        long[] entriesLength = {0};
        entries.forEach(e -> {
            entriesLength[0] += entry(e).length;
            count[0]++;
        });
        ContentSigner signer = ca.signer().contentSigner();
        byte[] head = tbsHead(ca, signer.getAlgorithmIdentifier(), thisUpdate, nextUpdate);
        byte[] extensions = extensions(ca, crlNumber);
        long tbsContent = head.length + (count[0] == 0 ? 0 : header(0x30, entriesLength[0]).length
                + entriesLength[0]) + extensions.length;
        Path tbs = Files.createTempFile(target.getParent(), "tbs", ".der");
        try {
            try (OutputStream file = new java.io.BufferedOutputStream(Files.newOutputStream(tbs), 1 << 16);
                    OutputStream both = new Tee(file, signer.getOutputStream())) {
                both.write(header(0x30, tbsContent));
                both.write(head);
                if (count[0] > 0) {
                    both.write(header(0x30, entriesLength[0]));
                    long[] written = {0};
                    entries.forEach(e -> {
                        write(both, entry(e));
                        written[0]++;
                    });
                    if (written[0] != count[0]) {
                        throw new IllegalStateException("revocations changed between the passes; retry");
                    }
                }
                both.write(extensions);
            }
            byte[] tail = tail(signer);
            long tbsLength = Files.size(tbs);
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
                    InputStream in = Files.newInputStream(tbs)) {
                out.write(header(0x30, tbsLength + tail.length));
                in.transferTo(out);
                out.write(tail);
            }
        } finally {
            Files.deleteIfExists(tbs);
        }
        return count[0];
    }

    private static byte[] tbsHead(Ca ca, AlgorithmIdentifier algorithm, Instant thisUpdate, Instant nextUpdate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, der(new ASN1Integer(1))); // v2
        write(out, der(algorithm));
        write(out, der(ca.certificate().getSubject()));
        write(out, der(new Time(Date.from(thisUpdate))));
        write(out, der(new Time(Date.from(nextUpdate))));
        return out.toByteArray();
    }

    private static byte[] extensions(Ca ca, long crlNumber) {
        try {
            Extensions extensions = new Extensions(new Extension[] {
                new Extension(Extension.authorityKeyIdentifier, false,
                        new AuthorityKeyIdentifier(ca.subjectKeyId()).getEncoded(ASN1Encoding.DER)),
                new Extension(Extension.cRLNumber, false,
                        new CRLNumber(BigInteger.valueOf(crlNumber)).getEncoded(ASN1Encoding.DER))});
            return der(new DERTaggedObject(true, 0, extensions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] entry(RevokedEntry e) {
        ASN1EncodableVector v = new ASN1EncodableVector(3);
        v.add(new ASN1Integer(new BigInteger(e.serial(), 16)));
        v.add(new Time(Date.from(e.revokedAt())));
        ASN1EncodableVector exts = new ASN1EncodableVector(2);
        try {
            if (e.reason() != null && e.reason() != CRLReason.unspecified) {
                exts.add(new Extension(Extension.reasonCode, false,
                        CRLReason.lookup(e.reason()).getEncoded(ASN1Encoding.DER)));
            }
            if (e.invalidityDate() != null) {
                exts.add(new Extension(Extension.invalidityDate, false,
                        new ASN1GeneralizedTime(Date.from(e.invalidityDate())).getEncoded(ASN1Encoding.DER)));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (exts.size() > 0) {
            v.add(new DERSequence(exts));
        }
        return der(new DERSequence(v));
    }

    private static byte[] tail(ContentSigner signer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, der(signer.getAlgorithmIdentifier()));
        write(out, der(new DERBitString(signer.getSignature())));
        return out.toByteArray();
    }

    /** DER tag and definite length (X.690 §8.1.3) of a constructed value whose content is streamed. */
    static byte[] header(int tag, long length) {
        if (length < 128) {
            return new byte[] {(byte) tag, (byte) length};
        }
        int octets = (64 - Long.numberOfLeadingZeros(length) + 7) / 8;
        byte[] h = new byte[2 + octets];
        h[0] = (byte) tag;
        h[1] = (byte) (0x80 | octets);
        for (int i = 0; i < octets; i++) {
            h[2 + i] = (byte) (length >>> (8 * (octets - 1 - i)));
        }
        return h;
    }

    private static byte[] der(org.bouncycastle.asn1.ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes to two streams at once. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int value) throws IOException {
            a.write(value);
            b.write(value);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void close() throws IOException {
            a.close();
            b.close();
        }
    }
}
