package com.certhall.pki.ca;

import com.certhall.pki.IssuanceRequest;
import com.certhall.pki.IssuedCertificate;
import com.certhall.pki.ca.Issuance.Prepared;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuance from a CSR outside any caller transaction, committed in groups (docs/pki.md, "Issuance in groups"): each
 * caller checks its CSR and signs its certificate on its own thread, then queues it; a caller whose certificate is
 * still queued and finds fewer than {@link #COMMITTERS} groups committing takes every queued certificate (up to
 * {@link #MAX_GROUP}) and stores them in one transaction — rows as multi-row INSERTs, one {@code CertificateIssued}
 * each with its audit entries as one batch, one commit (one WAL flush). It then returns at once: a caller never
 * commits a group queued after its own. Every caller gets its own certificate or its own exception: when a group
 * fails (a request id issued before or twice at once, a serial drawn twice) it is rolled back as a whole; the request
 * ids stored before are then looked up in one statement and answered with the certificates issued first, as a repeat
 * is, the others are stored again as one smaller group, and what still fails is stored alone, in a transaction of its
 * own, where a serial drawn twice is drawn again and the certificate signed again. {@link BatchIssuance} hands its
 * whole batch to {@link #commit} as one group.
 */
@Component
class GroupCommit {

    /** Bounds one transaction's size; more callers wait for the next commit. */
    static final int MAX_GROUP = 64;
    /**
     * Groups committing at once, each on its own connection: while one waits for its WAL flush, the next one's rows
     * go in, and PostgreSQL flushes commits that wait together once. Two callers are thus never serialised.
     */
    static final int COMMITTERS = 2;
    /** Times a certificate whose serial another one already has is signed again with a fresh serial. */
    private static final int SERIAL_DRAWS = 3;

    /** A queued certificate and, once its group is done, its result. Guarded by {@link #lock}. */
    static final class Pending {
        Prepared prepared;
        boolean taken;
        boolean done;
        @Nullable IssuedCertificate issued;
        @Nullable RuntimeException failure;

        Pending(Prepared prepared) {
            this.prepared = prepared;
        }
    }

    private final Issuance issuance;
    private final TransactionTemplate transactions;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private int committing;

    GroupCommit(Issuance issuance, PlatformTransactionManager transactions) {
        this.issuance = issuance;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Issues and stores durably before it returns. No request-id SELECT before signing: a repeat is found by the
     * unique request id when its group is stored, and answered with the certificate issued first; the certificate
     * signed for it is dropped, never stored nor handed out.
     */
    IssuedCertificate issue(IssuanceRequest request) {
        Pending pending = new Pending(issuance.prepare(request));
        boolean interrupted = false;
        lock.lock();
        try {
            queue.add(pending);
            while (!pending.done) {
                if (!pending.taken && committing < COMMITTERS) {
                    List<Pending> group = take();
                    committing++;
                    lock.unlock();
                    try {
                        commit(group);
                    } finally {
                        lock.lock();
                        committing--;
                        changed.signalAll();
                    }
                } else {
                    try {
                        changed.await();
                    } catch (InterruptedException e) {
                        // The certificate may be committing: wait for its outcome, then keep the interrupt.
                        interrupted = true;
                    }
                }
            }
        } finally {
            lock.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (pending.failure != null) {
            throw pending.failure;
        }
        return pending.issued;
    }

    private List<Pending> take() {
        List<Pending> group = new ArrayList<>();
        for (Pending p = queue.poll(); p != null; p = group.size() < MAX_GROUP ? queue.poll() : null) {
            p.taken = true;
            group.add(p);
        }
        return group;
    }

    /** Stores a group in one transaction, or, when that fails, apart ({@link #storeApart}). */
    void commit(List<Pending> group) {
        try {
            List<IssuedCertificate> stored = transactions.execute(status -> issuance.storeAll(prepared(group)));
            for (int i = 0; i < group.size(); i++) {
                group.get(i).issued = stored.get(i);
            }
        } catch (RuntimeException e) {
            storeApart(group);
        } catch (Error e) {
            RuntimeException failure = new IllegalStateException("issuance failed", e);
            group.forEach(p -> p.failure = failure);
            throw e;
        } finally {
            lock.lock();
            try {
                group.forEach(p -> p.done = true);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * After a group failed as a whole: the request ids stored before are answered from one SELECT with the
     * certificates issued first; when that leaves a smaller group, it is stored again in one transaction; what is
     * still left (a serial drawn twice, a request id twice in the group, a second failure) is stored alone.
     */
    private void storeApart(List<Pending> group) {
        List<Pending> rest = group;
        try {
            Map<String, IssuedCertificate> before = issuance.issuedBefore(
                    group.stream().map(p -> p.prepared.request()).toList());
            rest = new ArrayList<>();
            for (Pending p : group) {
                p.issued = before.get(p.prepared.request().requestId());
                if (p.issued == null) {
                    rest.add(p);
                }
            }
            if (!rest.isEmpty() && rest.size() < group.size()) {
                List<Pending> regroup = rest;
                List<IssuedCertificate> stored = transactions.execute(status -> issuance.storeAll(prepared(regroup)));
                for (int i = 0; i < regroup.size(); i++) {
                    regroup.get(i).issued = stored.get(i);
                }
                rest = List.of();
            }
        } catch (RuntimeException again) {
            // each of the rest alone, below
        }
        for (Pending p : rest) {
            try {
                p.issued = alone(p);
            } catch (RuntimeException one) {
                p.failure = one;
            }
        }
    }

    private static List<Prepared> prepared(List<Pending> group) {
        return group.stream().map(p -> p.prepared).toList();
    }

    /**
     * One certificate in its own transaction: the certificate issued first when its request id is stored already,
     * else the row; a serial another certificate has (the primary key refuses it) is drawn again.
     */
    private IssuedCertificate alone(Pending p) {
        for (int draw = 1;; draw++) {
            Prepared prepared = p.prepared;
            try {
                return transactions.execute(status -> issuance.issuedBefore(prepared.request())
                        .orElseGet(() -> issuance.storeAll(List.of(prepared)).get(0)));
            } catch (DuplicateKeyException e) {
                if (draw == SERIAL_DRAWS) {
                    throw Issuance.concurrentRepeat(prepared.request());
                }
                // Either the serial was taken (drawn again here) or the request id was stored meanwhile (the
                // next attempt finds it).
                p.prepared = issuance.prepare(prepared.request());
            }
        }
    }
}
