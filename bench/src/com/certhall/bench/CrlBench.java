package com.certhall.bench;

import com.certhall.pki.ca.Ca;
import com.certhall.pki.crl.StreamingCrlWriter;
import com.certhall.pki.persistence.CertificateRows;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A CRL of 1,000,000 revoked entries through {@link StreamingCrlWriter}, from a generated source (the database
 * cursor is {@code LargeCrlTests}' subject): wall time, file size, and the peak heap of the whole JVM (the sum of the
 * heap pools' peaks since just before, an upper bound), in a JVM started with {@code -Xmx512m}.
 */
final class CrlBench {

    static final int ENTRIES = 1_000_000;

    private CrlBench() {
    }

    static void run(PkiBenchmark bench, Ca ca) throws Exception {
        Path file = Files.createTempFile("certhall-bench-", ".crl");
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Instant now = Instant.now();
        long start = System.nanoTime();
        long count = StreamingCrlWriter.write(ca, 1, now, now.plusSeconds(86400), consumer -> {
            for (int i = 0; i < ENTRIES; i++) {
                consumer.accept(new CertificateRows.RevokedEntry(Long.toHexString(0x4000_0000_0000_0000L + i),
                        now.minusSeconds(i), i % 3 == 0 ? 1 : null, null));
            }
        }, file);
        double secondsTaken = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        bench.results.put("crl-entries", (double) count);
        bench.results.put("crl-seconds", secondsTaken);
        bench.results.put("crl-mb", Files.size(file) / 1e6);
        bench.results.put("crl-peak-heap-mb", peak / 1048576.0);
        bench.results.put("max-heap-mb", Runtime.getRuntime().maxMemory() / 1048576.0);
        System.out.printf("CRL of %d entries: %.1f s, %.0f MB, peak heap %.0f MB%n", count, secondsTaken,
                Files.size(file) / 1e6, peak / 1048576.0);
        Files.delete(file);
    }
}
