package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Picks the {@link CaSignerFactory} for a key store type, falling back to {@code soft} for SM2 on PKCS#11. */
@Component
public class CaSignerFactories {

    private final Map<String, CaSignerFactory> byType;

    CaSignerFactories(List<CaSignerFactory> factories) {
        this.byType = factories.stream().collect(Collectors.toMap(CaSignerFactory::type, Function.identity()));
    }

    public CaSignerFactory byType(String type) {
        CaSignerFactory factory = byType.get(type);
        if (factory == null) {
            throw new IllegalStateException("no CA key store of type '" + type + "' is configured"
                    + (type.equals(Pkcs11CaSignerFactory.TYPE) ? " (set certhall.pki.pkcs11.library)" : ""));
        }
        return factory;
    }

    /** The factory that makes a new key of {@code algorithm} when new keys should go to {@code preferredType}. */
    public CaSignerFactory forNewKey(String preferredType, KeyAlgorithm algorithm) {
        CaSignerFactory preferred = byType(preferredType);
        return preferred.supports(algorithm) ? preferred : byType(SoftCaSignerFactory.TYPE);
    }
}
