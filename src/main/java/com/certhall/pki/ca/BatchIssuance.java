package com.certhall.pki.ca;

import com.certhall.pki.IssuanceOutcome;
import com.certhall.pki.IssuanceRequest;
import com.certhall.pki.ca.GroupCommit.Pending;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.ProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Many CSRs issued in one call and committed in one transaction (docs/pki.md, "Issuance in batches"): each request's
 * CSR is checked and its certificate signed on the caller's thread; a request refused there is answered with its own
 * refusal and left out; the rest are stored as one group by {@link GroupCommit#commit} — rows as multi-row INSERTs,
 * audit entries as another, one commit — which also answers a request id stored before with the certificate issued
 * first. A request id twice in the list is signed once; its later places get the first one's outcome.
 */
@Component
class BatchIssuance {

    /** Bounds one transaction (and the memory of one answer): about 1 MB of certificate rows. */
    static final int MAX_BATCH = 1000;
    static final String FIELD = "requests";

    private final Issuance issuance;
    private final GroupCommit groups;
    private final SharedWork work;

    BatchIssuance(Issuance issuance, GroupCommit groups, SharedWork work) {
        this.issuance = issuance;
        this.groups = groups;
        this.work = work;
    }

    List<IssuanceOutcome> issueAll(List<IssuanceRequest> requests) {
        if (requests == null) {
            throw InvalidInputException.of(FIELD, "required", "validation.required", FIELD);
        }
        if (requests.size() > MAX_BATCH) {
            throw InvalidInputException.of(FIELD, "size", "validation.pki.batchSize", FIELD, MAX_BATCH);
        }
        int n = requests.size();
        Pending[] pending = new Pending[n];
        ProblemException[] refused = new ProblemException[n];
        int[] sameAs = new int[n];
        int[] toPrepare = new int[n];
        int prepared = 0;
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < n; i++) {
            sameAs[i] = i;
            IssuanceRequest request = requests.get(i);
            if (request == null) {
                String field = FIELD + "[" + i + "]";
                refused[i] = InvalidInputException.of(field, "required", "validation.required", field);
                continue;
            }
            Integer earlier = first.putIfAbsent(request.requestId(), i);
            if (earlier != null) {
                sameAs[i] = earlier;
            } else {
                toPrepare[prepared++] = i;
            }
        }
        // each CSR checked and its certificate signed on this thread and the CA's free helpers at once
        work.forEach(prepared, k -> {
            int i = toPrepare[k];
            try {
                pending[i] = new Pending(issuance.prepare(requests.get(i)));
            } catch (ProblemException e) {
                refused[i] = e;
            }
        });
        List<Pending> group = new ArrayList<>(prepared);
        for (int k = 0; k < prepared; k++) {
            if (pending[toPrepare[k]] != null) {
                group.add(pending[toPrepare[k]]);
            }
        }
        if (!group.isEmpty()) {
            groups.commit(group);
        }
        List<IssuanceOutcome> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = sameAs[i];
            String requestId = requests.get(i) == null ? "" : requests.get(i).requestId();
            if (pending[at] == null) {
                outcomes.add(new IssuanceOutcome(requestId, null, refused[at]));
            } else if (pending[at].failure == null) {
                outcomes.add(new IssuanceOutcome(requestId, pending[at].issued, null));
            } else if (pending[at].failure instanceof ProblemException problem) {
                outcomes.add(new IssuanceOutcome(requestId, null, problem));
            } else { // not the item's fault (the database is gone …): the call fails; stored items stay idempotent
                throw pending[at].failure;
            }
        }
        return outcomes;
    }
}
