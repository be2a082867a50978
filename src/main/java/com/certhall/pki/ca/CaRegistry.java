package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.persistence.CaRows;
import com.certhall.pki.persistence.CaRows.CaRow;
import com.certhall.shared.NotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** The CAs of this node, loaded from {@code pki_ca} with their keys; refreshed when a CA is created. */
@Component
public class CaRegistry implements InitializingBean {

    private final CaRows rows;
    private final CaSignerFactories factories;
    private volatile Map<String, Ca> cas = Map.of();

    CaRegistry(CaRows rows, CaSignerFactories factories) {
        this.rows = rows;
        this.factories = factories;
    }

    @Override
    public void afterPropertiesSet() {
        reload();
    }

    /** Reads every CA again (after {@link CaInitializer} created some). */
    public synchronized void reload() {
        Map<String, Ca> loaded = new LinkedHashMap<>();
        for (CaRow row : rows.all()) {
            loaded.put(row.name(), load(row, loaded));
        }
        cas = Map.copyOf(loaded);
    }

    public Optional<Ca> find(String name) {
        return Optional.ofNullable(cas.get(name));
    }

    public Ca get(String name) {
        return find(name).orElseThrow(() -> new NotFoundException("CA", name));
    }

    /** The issuing CA for certificates of {@code algorithm}; 503-like failure when the CA was never created. */
    public Ca issuingFor(KeyAlgorithm algorithm) {
        Ca ca = cas.get(algorithm.issuingCaName());
        if (ca == null) {
            throw new IllegalStateException("CA " + algorithm.issuingCaName()
                    + " does not exist; create it with 'java -jar certhall.jar ca init'");
        }
        return ca;
    }

    /** Roots first, then issuing CAs, each group by name. */
    public List<Ca> all() {
        List<Ca> all = new ArrayList<>(cas.values());
        all.sort((a, b) -> a.root() != b.root() ? (a.root() ? -1 : 1) : a.name().compareTo(b.name()));
        return all;
    }

    /** Every CA by name; the same immutable map until the next {@link #reload()} (callers may index it). */
    public Map<String, Ca> snapshot() {
        return cas;
    }

    public Collection<Ca> issuing() {
        return all().stream().filter(ca -> !ca.root()).toList();
    }

    private Ca load(CaRow row, Map<String, Ca> loaded) {
        KeyAlgorithm algorithm = KeyAlgorithm.valueOf(row.algorithm());
        CaSigner signer = factories.byType(row.keyStore()).load(row.keyRef(), algorithm);
        X509CertificateHolder cert = holder(row.certificate());
        List<X509CertificateHolder> chain = new ArrayList<>();
        chain.add(cert);
        if (row.parentName() != null) {
            Ca parent = loaded.get(row.parentName());
            if (parent == null) {
                throw new IllegalStateException("CA " + row.name() + " names a missing parent " + row.parentName());
            }
            chain.addAll(parent.chain());
        }
        Ca.OcspSigning ocsp = null;
        if (row.ocspKeyRef() != null && row.ocspCertificate() != null) {
            CaSigner ocspSigner = factories.byType(SoftCaSignerFactory.TYPE).load(row.ocspKeyRef(), algorithm);
            ocsp = new Ca.OcspSigning(holder(row.ocspCertificate()), ocspSigner);
        }
        return new Ca(row.name(), algorithm, row.root(), row.parentName(), cert, signer, chain, ocsp);
    }

    static X509CertificateHolder holder(byte[] der) {
        try {
            return new X509CertificateHolder(der);
        } catch (IOException e) {
            throw new IllegalStateException("a stored CA certificate does not parse", e);
        }
    }
}
