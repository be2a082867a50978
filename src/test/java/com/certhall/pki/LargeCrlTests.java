package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.pki.ca.Ca;
import com.certhall.pki.ca.CaRegistry;
import com.certhall.pki.crl.CrlPublisher;
import com.certhall.pki.crl.StreamingCrlWriter;
import com.certhall.pki.persistence.CertificateRows;
import com.certhall.support.IntegrationTest;
import com.certhall.support.TestEnvironment;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** CRLs of 100,000+ entries: streamed without holding entries in memory, complete and signed. */
@IntegrationTest
class LargeCrlTests {

    static final int ENTRIES = 100_000;

    @Autowired
    JdbcTemplate jdbc;


    @Autowired
    CaRegistry registry;

    @Autowired
    CrlPublisher publisher;

    @TempDir
    Path dir;

    @Test
    void writerRetainsNoEntriesWhileStreaming() throws Exception {
        Ca ca = registry.get("ecc-issuing");
        Path crl = dir.resolve("synthetic.crl");
        Runtime runtime = Runtime.getRuntime();
        AtomicLong seen = new AtomicLong();
        AtomicLong retained = new AtomicLong(Long.MAX_VALUE);
        Instant now = Instant.now();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long count = StreamingCrlWriter.write(ca, 1, now, now.plusSeconds(86400), consumer -> {
            for (int i = 0; i < 2 * ENTRIES; i++) {
                // Late in the pass, after most entries went through: what is still held? Sampled three times,
                // keeping the least, because other threads of the shared test application allocate too.
                long at = seen.incrementAndGet();
                if (at == 2 * ENTRIES * 7L / 10 || at == 2 * ENTRIES * 8L / 10 || at == 2 * ENTRIES * 9L / 10) {
                    System.gc();
                    retained.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory() - before, Math::min);
                }
                consumer.accept(new CertificateRows.RevokedEntry(Long.toHexString(0x4000_0000_0000_0000L + i),
                        now.minusSeconds(i), i % 2 == 0 ? 1 : null, null));
            }
        }, crl);
        assertThat(count).isEqualTo(2 * ENTRIES);
        // the source is read once: a database cursor is not run twice
        assertThat(seen.get()).isEqualTo(2 * ENTRIES);
        long size = Files.size(crl);
        assertThat(size).isGreaterThan(2 * ENTRIES * 25L);
        // What was written lives on disk, not on the heap: far less than the CRL's own size is retained.
        assertThat(retained.get()).isLessThan(size / 4);
        assertThat(new X509CRLHolder(Files.newInputStream(crl)).getRevokedCertificates()).hasSize(2 * ENTRIES);
    }

    @Test
    void publishesAHundredThousandRevocationsFromTheDatabase() throws Exception {
        insertRevoked("ecc-issuing", ENTRIES);
        jdbc.update("UPDATE pki_crl SET stale = TRUE WHERE ca_name = 'ecc-issuing'"); // rows bypassed Revocation
        Ca ca = registry.get("ecc-issuing");
        Path crl = publisher.current("ecc-issuing");
        X509CRLHolder holder = new X509CRLHolder(Files.newInputStream(crl));
        // every inserted revocation, once; other classes of the shared test application may revoke certificates of
        // this CA too, so entries outside the inserted serials are not counted
        BigInteger first = BigInteger.valueOf(0x4000_0000_0000_0000L);
        BigInteger end = first.add(BigInteger.valueOf(ENTRIES));
        List<BigInteger> inserted = ((Collection<?>) holder.getRevokedCertificates()).stream()
                .map(entry -> ((X509CRLEntryHolder) entry).getSerialNumber())
                .filter(serial -> serial.compareTo(first) >= 0 && serial.compareTo(end) < 0).toList();
        assertThat(inserted).hasSize(ENTRIES).doesNotHaveDuplicates();
        assertThat(holder.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .build(ca.certificate()))).isTrue();
        assertThat(holder.getRevokedCertificate(BigInteger.valueOf(0x4000_0000_0000_0000L + 5))
                .getExtensions().getExtension(org.bouncycastle.asn1.x509.Extension.reasonCode)).isNotNull();
        if (TestEnvironment.isCi() || hasOpenssl()) {
            TestEnvironment.requireCommand("openssl");
            Path issuer = Files.writeString(dir.resolve("ca.pem"), com.certhall.pki.ca.Issuance.pem(ca.der()));
            var result = PkiFixtures.run(dir, "openssl", "crl", "-inform", "DER", "-in", crl.toString(), "-CAfile",
                    issuer.toString(), "-noout");
            assertThat(result.output()).contains("verify OK");
        }
    }

    private static boolean hasOpenssl() {
        return Files.isExecutable(Path.of("/usr/bin/openssl"));
    }

    private void insertRevoked(String caName, int n) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        byte[] der = {0x30, 0x00};
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String serial = BigInteger.valueOf(0x4000_0000_0000_0000L + i).toString(16);
            batch.add(new Object[] {caName, serial, "PERSONAL", "EC_P256", "CN=x", now.minusDays(1),
                    now.plusYears(1), "0".repeat(64), der, "REVOKED", now.minusHours(1), i % 10, now});
            if (batch.size() == 5000 || i == n - 1) {
                jdbc.batchUpdate("INSERT INTO pki_certificate (ca_name, serial, profile, algorithm, subject_dn, "
                        + "not_before, not_after, fingerprint, der, status, revoked_at, revocation_reason, "
                        + "status_changed_at, created_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                        batch.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                                r[9], r[10], ((Integer) r[11]) == 7 || ((Integer) r[11]) == 8 ? 1 : r[11], r[12],
                                r[12]}).toList());
                batch.clear();
            }
        }
        assertThat(Timestamp.from(Instant.now())).isNotNull();
    }
}
