package com.certhall.pki.crl;

import com.certhall.pki.ca.Ca;
import com.certhall.pki.ca.Der;
import com.certhall.pki.persistence.CertificateRows.RevokedEntry;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.function.Consumer;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTCTime;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.util.io.TeeOutputStream;

/**
 * Writes an X.509 v2 CRL (RFC 5280 §5) of any size in bounded memory. Every element — each revoked entry, the
 * issuer, times, extensions, the signature — is encoded by Bouncy Castle; only the headers (tag and length) of the
 * two SEQUENCEs that wrap streamed content are written here, because BC's encoders need the whole content in memory.
 * The entries are read once and encoded once, into a temporary file, which gives their total length; the TBSCertList
 * (its header, the head, the entries copied from that file, the extensions) is then written to a second temporary
 * file while it flows through the CA's signer; the result is the header, the TBS, the algorithm and the signature.
 * Times are encoded as RFC 5280 §5.1.2.4 asks (UTCTime through 2049, GeneralizedTime after) from a cached formatter.
 */
public final class StreamingCrlWriter {

    /** A source of entries, read once (e.g. a database cursor). */
    public interface EntrySource {
        void forEach(Consumer<RevokedEntry> consumer);
    }

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GENERALIZED_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private StreamingCrlWriter() {
    }

    /** Writes the signed CRL to {@code target}; returns the number of entries. */
    public static long write(Ca ca, long crlNumber, Instant thisUpdate, Instant nextUpdate, EntrySource entries,
            Path target) throws IOException {
        ContentSigner signer = ca.signer().contentSigner();
        byte[] head = tbsHead(ca, signer.getAlgorithmIdentifier(), thisUpdate, nextUpdate);
        byte[] extensions = extensions(ca, crlNumber);
        Path list = Files.createTempFile(target.getParent(), "entries", ".der");
        Path tbs = Files.createTempFile(target.getParent(), "tbs", ".der");
        try {
            long[] count = {0};
            long entriesLength;
            try (CountingStream out = new CountingStream(
                    new BufferedOutputStream(Files.newOutputStream(list), 1 << 16))) {
                entries.forEach(e -> {
                    write(out, entry(e));
                    count[0]++;
                });
                entriesLength = out.count;
            }
            long tbsContent = head.length + (count[0] == 0 ? 0 : Der.header(0x30, entriesLength).length + entriesLength)
                    + extensions.length;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tbs), 1 << 16);
                    OutputStream both = new TeeOutputStream(file, signer.getOutputStream())) {
                both.write(Der.header(0x30, tbsContent));
                both.write(head);
                if (count[0] > 0) {
                    both.write(Der.header(0x30, entriesLength));
                    try (InputStream in = Files.newInputStream(list)) {
                        copy(in, both);
                    }
                }
                both.write(extensions);
            }
            byte[] tail = tail(signer);
            long tbsLength = Files.size(tbs);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
                    InputStream in = Files.newInputStream(tbs)) {
                out.write(Der.header(0x30, tbsLength + tail.length));
                copy(in, out);
                out.write(tail);
            }
            return count[0];
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(tbs);
        }
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
        }
    }

    private static byte[] tbsHead(Ca ca, AlgorithmIdentifier algorithm, Instant thisUpdate, Instant nextUpdate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, Der.encode(new ASN1Integer(1))); // v2
        write(out, Der.encode(algorithm));
        write(out, Der.encode(ca.certificate().getSubject()));
        write(out, Der.encode(time(thisUpdate)));
        write(out, Der.encode(time(nextUpdate)));
        return out.toByteArray();
    }

    private static byte[] extensions(Ca ca, long crlNumber) {
        try {
            Extensions extensions = new Extensions(new Extension[] {
                new Extension(Extension.authorityKeyIdentifier, false,
                        new AuthorityKeyIdentifier(ca.subjectKeyId()).getEncoded(ASN1Encoding.DER)),
                new Extension(Extension.cRLNumber, false,
                        new CRLNumber(BigInteger.valueOf(crlNumber)).getEncoded(ASN1Encoding.DER))});
            return Der.encode(new DERTaggedObject(true, 0, extensions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] entry(RevokedEntry e) {
        ASN1EncodableVector v = new ASN1EncodableVector(3);
        v.add(new ASN1Integer(new BigInteger(e.serial(), 16)));
        v.add(time(e.revokedAt()));
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
        return Der.encode(new DERSequence(v));
    }

    /**
     * RFC 5280 §5.1.2.4 and §5.1.2.6: UTCTime for the years 1950 to 2049, GeneralizedTime otherwise, in seconds and
     * "Z"; what Bouncy Castle's {@code Time(Date)} gives, without its date-format object per call.
     */
    static Time time(Instant at) {
        int year = at.atZone(ZoneOffset.UTC).getYear();
        return year >= 1950 && year <= 2049 ? new Time(new DERUTCTime(UTC_TIME.format(at)))
                : new Time(new DERGeneralizedTime(GENERALIZED_TIME.format(at)));
    }

    private static byte[] tail(ContentSigner signer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, Der.encode(signer.getAlgorithmIdentifier()));
        write(out, Der.encode(new DERBitString(signer.getSignature())));
        return out.toByteArray();
    }


    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts what goes through: the entries' total length. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        private long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int value) throws IOException {
            out.write(value);
            count++;
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            out.write(bytes, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
