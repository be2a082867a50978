package com.certhall.pki.ca;

import com.certhall.pki.IssuanceRequest;
import com.certhall.pki.IssuedCertificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.cert.X509CertificateHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuance from a CSR outside any caller transaction, committed in groups (docs/pki.md, "Issuance in groups"): each
 * caller checks its request id, its CSR and signs its certificate on its own thread, then queues the row; whichever
 * caller finds no commit running inserts every queued certificate — row, {@code CertificateIssued} and its audit
 * entry — in one transaction, so concurrent issuances share one commit (one WAL flush) instead of one each. Every
 * caller still gets its own certificate or its own exception: when a group fails (a request id issued twice at once,
 * a serial drawn twice), each of its certificates is stored again in a transaction of its own, and a request id
 * issued meanwhile answers that certificate, as a repeat does.
 */
@Component
class GroupCommit {

    /** Bounds one transaction's size; more callers wait for the next commit. */
    static final int MAX_GROUP = 64;

    private record Pending(IssuanceRequest request, X509CertificateHolder certificate,
            CompletableFuture<IssuedCertificate> result) {
    }

    private final Issuance issuance;
    private final TransactionTemplate transactions;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean committing = new AtomicBoolean();

    GroupCommit(Issuance issuance, PlatformTransactionManager transactions) {
        this.issuance = issuance;
        this.transactions = new TransactionTemplate(transactions);
    }

    IssuedCertificate issue(IssuanceRequest request) {
        Optional<IssuedCertificate> earlier = issuance.issuedBefore(request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Pending pending = new Pending(request, issuance.prepare(request), new CompletableFuture<>());
        queue.add(pending);
        lead();
        try {
            return pending.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Commits groups while some are queued and no other caller does. A caller that finds a commit running waits
     * for its result: the committing caller looks at the queue again after its commit, and a row queued after that
     * look finds no commit running and commits itself.
     */
    private void lead() {
        while (!queue.isEmpty() && committing.compareAndSet(false, true)) {
            try {
                List<Pending> group = new ArrayList<>();
                for (Pending p = queue.poll(); p != null; p = group.size() < MAX_GROUP ? queue.poll() : null) {
                    group.add(p);
                }
                commit(group);
            } finally {
                committing.set(false);
            }
        }
    }

    private void commit(List<Pending> group) {
        List<IssuedCertificate> stored;
        try {
            stored = transactions.execute(status -> group.stream()
                    .map(p -> issuance.store(p.request(), p.certificate())).toList());
        } catch (RuntimeException e) {
            for (Pending p : group) {
                try {
                    p.result().complete(transactions.execute(status -> issuance.issuedBefore(p.request())
                            .orElseGet(() -> issuance.store(p.request(), p.certificate()))));
                } catch (RuntimeException one) {
                    p.result().completeExceptionally(one);
                }
            }
            return;
        } catch (Error e) {
            group.forEach(p -> p.result().completeExceptionally(e));
            throw e;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).result().complete(stored.get(i));
        }
    }
}
