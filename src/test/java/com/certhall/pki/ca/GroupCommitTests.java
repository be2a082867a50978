package com.certhall.pki.ca;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.audit.AuditLog;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateProfile;
import com.certhall.pki.IssuanceRequest;
import com.certhall.pki.IssuedCertificate;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.PkiFixtures;
import com.certhall.pki.ca.GroupCommit.Pending;
import com.certhall.support.IntegrationTest;
import com.certhall.support.QueryCounter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One group of issuances as {@link GroupCommit} stores it (docs/pki.md, "Issuance in groups"): two batched statements
 * for the whole group, and a failing member — a serial drawn twice, a request id issued before — neither lost nor
 * stored twice, nor taking the others down.
 */
@IntegrationTest
class GroupCommitTests {

    private static final String CSR = PkiFixtures.csr(KeyAlgorithm.EC_P256);

    @Autowired
    GroupCommit groups;

    @Autowired
    Issuance issuance;

    @Autowired
    CertificateAuthority authority;

    @Autowired
    AuditLog auditLog;

    @Test
    void aGroupGoesToTheDatabaseAsOneBatchOfRowsAndOneOfAuditEntries() {
        List<Pending> group = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            group.add(new Pending(issuance.prepare(request())));
        }
        int statements = QueryCounter.count(() -> {
            groups.commit(group);
            return group;
        }).statements();
        assertThat(statements).as("certificate rows and audit entries, one batch each").isEqualTo(2);
        for (Pending p : group) {
            assertThat(p.failure).isNull();
            assertStoredOnce(p.issued, p.prepared.request());
        }
    }

    @Test
    void aSerialDrawnTwiceIsRefusedByTheKeyAndDrawnAgainWhileTheRestOfTheGroupIsStoredOnce() {
        IssuedCertificate earlier = authority.issue(request());
        BigInteger taken = new BigInteger(earlier.serialHex(), 16);
        Pending first = new Pending(issuance.prepare(request()));
        Pending collides = new Pending(issuance.prepare(request(), taken));
        Pending last = new Pending(issuance.prepare(request()));

        groups.commit(List.of(first, collides, last));

        assertThat(collides.failure).isNull();
        assertThat(collides.issued.serialHex()).isNotEqualTo(earlier.serialHex());
        assertThat(new BigInteger(collides.issued.serialHex(), 16).bitLength()).isEqualTo(127);
        for (Pending p : List.of(first, collides, last)) {
            assertStoredOnce(p.issued, p.prepared.request());
        }
        assertThat(authority.find(earlier.serialHex()).orElseThrow().requestId()).isEqualTo(earlier.requestId());
        assertThat(audited(earlier.serialHex())).isEqualTo(1);
    }

    @Test
    void aRepeatInAGroupGetsTheCertificateIssuedFirstAndTheOthersAreStoredOnce() {
        IssuanceRequest repeated = request();
        IssuedCertificate earlier = authority.issue(repeated);
        Pending first = new Pending(issuance.prepare(request()));
        Pending repeat = new Pending(issuance.prepare(repeated));
        Pending twin = new Pending(issuance.prepare(first.prepared.request())); // the same id twice in one group

        groups.commit(List.of(first, repeat, twin));

        assertThat(repeat.failure).isNull();
        assertThat(repeat.issued.serialHex()).isEqualTo(earlier.serialHex());
        assertThat(twin.issued.serialHex()).isEqualTo(first.issued.serialHex());
        assertStoredOnce(first.issued, first.prepared.request());
        assertStoredOnce(earlier, repeated);
        assertThat(authority.find(repeat.prepared.certificate().getSerialNumber().toString(16))).isEmpty();
        assertThat(authority.find(twin.prepared.certificate().getSerialNumber().toString(16))).isEmpty();
    }

    private void assertStoredOnce(IssuedCertificate issued, IssuanceRequest request) {
        assertThat(issued.requestId()).isEqualTo(request.requestId());
        assertThat(authority.findByRequestId(request.requestId()).orElseThrow().serialHex())
                .isEqualTo(issued.serialHex());
        assertThat(audited(issued.serialHex())).as(issued.serialHex()).isEqualTo(1);
    }

    private long audited(String serialHex) {
        return auditLog.recent("pki.certificate.issued", "", 500).stream()
                .filter(e -> e.subject().equals("ecc-issuing/" + serialHex)).count();
    }

    private static IssuanceRequest request() {
        return PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.EC_P256, CSR);
    }
}
