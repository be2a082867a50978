package com.certhall.pki.crl;

import com.certhall.pki.CertificateHoldReleased;
import com.certhall.pki.CertificateRevoked;
import com.certhall.pki.ca.Ca;
import com.certhall.pki.ca.CaRegistry;
import com.certhall.pki.ca.PkiProperties;
import com.certhall.pki.persistence.CertificateRows;
import com.certhall.pki.persistence.CrlRows;
import com.certhall.pki.persistence.CrlRows.CrlState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each CA's CRL current: {@code ${certhall.data-dir}/crl/{ca}-{number}.crl}, regenerated after a revocation
 * (in the background, and on the next read at the latest), when half its validity has passed, or when this node
 * has no file for the current number. The database holds the CRL number and the stale flag, so nodes agree.
 */
@Component
public class CrlPublisher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CrlPublisher.class);

    private final CaRegistry registry;
    private final CrlRows crls;
    private final CertificateRows certificates;
    private final Duration validity;
    private final Path directory;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate readOnly;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pki-crl");
        t.setDaemon(true);
        return t;
    });

    CrlPublisher(CaRegistry registry, CrlRows crls, CertificateRows certificates, PkiProperties properties,
            @Value("${certhall.data-dir}") String dataDir, Clock clock, PlatformTransactionManager transactions) {
        this.registry = registry;
        this.crls = crls;
        this.certificates = certificates;
        this.validity = properties.crlValidity();
        this.directory = Path.of(dataDir, "crl");
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
    }

    /** A CRL file with its number and dates, for HTTP caching (ETag, Last-Modified). */
    public record PublishedCrl(Path file, long number, Instant thisUpdate, Instant nextUpdate) {
    }

    /** The current CRL file of a CA, generated first when it is stale, due or missing on this node. */
    public Path current(String caName) {
        return published(caName).file();
    }

    /** The current CRL of a CA with its number and dates, generated first when stale, due or missing. */
    public PublishedCrl published(String caName) {
        registry.get(caName);
        synchronized (locks.computeIfAbsent(caName, k -> new Object())) {
            CrlState state = crls.state(caName).orElseThrow();
            Path file = file(caName, state.number());
            if (!due(state) && Files.exists(file)) {
                return new PublishedCrl(file, state.number(), state.thisUpdate(), state.nextUpdate());
            }
            return generate(caName);
        }
    }

    /** Regenerates the CRL of a CA if it is stale or due (scheduled refresh). */
    public void refreshIfDue(String caName) {
        CrlState state = crls.state(caName).orElseThrow();
        if (due(state)) {
            current(caName);
        }
    }

    @TransactionalEventListener
    void on(CertificateRevoked event) {
        background.submit(() -> refreshQuietly(event.caName()));
    }

    @TransactionalEventListener
    void on(CertificateHoldReleased event) {
        background.submit(() -> refreshQuietly(event.caName()));
    }

    private void refreshQuietly(String caName) {
        try {
            current(caName);
        } catch (RuntimeException e) {
            log.warn("CRL of {} not regenerated after a revocation; the next read retries: {}", caName, e.toString());
        }
    }

    private boolean due(CrlState state) {
        return state.stale() || state.number() == 0 || state.thisUpdate() == null
                || !clock.instant().isBefore(state.thisUpdate().plus(validity.dividedBy(2)));
    }

    private PublishedCrl generate(String caName) {
        Ca ca = registry.get(caName);
        Instant thisUpdate = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant nextUpdate = thisUpdate.plus(validity);
        // The number is taken (and the stale flag cleared) before reading, so a revocation committed meanwhile
        // marks it stale again and is picked up by the next generation.
        long number = newTransaction.execute(tx -> crls.takeNextNumber(caName, thisUpdate, nextUpdate));
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, caName, ".part");
            long started = System.nanoTime();
            long entries = readOnly.execute(tx -> {
                try {
                    return StreamingCrlWriter.write(ca, number, thisUpdate, nextUpdate,
                            consumer -> certificates.forEachRevoked(caName, thisUpdate, consumer), temp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Path file = file(caName, number);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            deleteOlder(caName, file);
            log.info("CRL {} #{} with {} entries in {} ms", caName, number, entries,
                    (System.nanoTime() - started) / 1_000_000);
            return new PublishedCrl(file, number, thisUpdate, nextUpdate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CRL of " + caName, e);
        }
    }

    private void deleteOlder(String caName, Path keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, caName + "-*.crl")) {
            for (Path f : files) {
                if (!f.equals(keep)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private Path file(String caName, long number) {
        return directory.resolve(caName + "-" + number + ".crl");
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
