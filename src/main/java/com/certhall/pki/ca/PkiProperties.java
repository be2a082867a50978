package com.certhall.pki.ca;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the CA core ({@code certhall.pki.*}); see {@code docs/pki.md}.
 *
 * @param keyStore          where new CA keys go: {@code soft} (PKCS#12 under the data dir) or {@code pkcs11}
 * @param keystorePassword  password of the soft PKCS#12 key store; required outside the sandbox, never logged
 * @param policyOid         certificate policy OID written into every issued certificate
 * @param sandboxAlgorithms CA families created on first start in the sandbox ({@code sm2}, {@code ecc}, {@code rsa})
 * @param rsaRootBits       RSA key size of the RSA root (the RSA issuing CA is 2048)
 * @param crlValidity       CRL nextUpdate − thisUpdate
 * @param ocspValidity      nextUpdate − thisUpdate of cached OCSP responses (RFC 5019)
 * @param ocspCacheSize     maximum number of pre-signed OCSP responses held per node
 * @param caOrganization    O of the CA subject DNs
 * @param pkcs11            SunPKCS11 settings when {@code keyStore=pkcs11}
 */
@ConfigurationProperties("certhall.pki")
public record PkiProperties(@Nullable String keyStore, @Nullable String keystorePassword, @Nullable String policyOid,
        @Nullable List<String> sandboxAlgorithms, @Nullable Integer rsaRootBits, @Nullable Duration crlValidity,
        @Nullable Duration ocspValidity, @Nullable Integer ocspCacheSize, @Nullable String caOrganization,
        @Nullable Pkcs11 pkcs11) {

    /** Private arc placeholder for this platform's CPS (2.25 = UUID-derived OID arc, ITU-T X.667). */
    public static final String DEFAULT_POLICY_OID = "2.25.329800735698586629295641978511506172918.1.1";

    public PkiProperties {
        keyStore = keyStore == null || keyStore.isBlank() ? "soft" : keyStore;
        policyOid = policyOid == null || policyOid.isBlank() ? DEFAULT_POLICY_OID : policyOid;
        sandboxAlgorithms = sandboxAlgorithms == null ? List.of("sm2", "ecc", "rsa") : List.copyOf(sandboxAlgorithms);
        rsaRootBits = rsaRootBits == null ? 3072 : rsaRootBits;
        crlValidity = crlValidity == null ? Duration.ofHours(24) : crlValidity;
        ocspValidity = ocspValidity == null ? Duration.ofHours(1) : ocspValidity;
        ocspCacheSize = ocspCacheSize == null ? 200_000 : ocspCacheSize;
        caOrganization = caOrganization == null || caOrganization.isBlank() ? "CertHall" : caOrganization;
        pkcs11 = pkcs11 == null ? new Pkcs11(null, null, null, null) : pkcs11;
    }

    /**
     * SunPKCS11 settings.
     *
     * @param library        the PKCS#11 module ({@code /usr/lib/softhsm/libsofthsm2.so})
     * @param slot           slot id, or null to use {@code slotListIndex}
     * @param slotListIndex  index into the slot list when no slot id is given (default 0)
     * @param pin            user PIN of the token; never logged
     */
    public record Pkcs11(@Nullable String library, @Nullable Long slot, @Nullable Integer slotListIndex,
            @Nullable String pin) {

        @Override
        public String toString() {
            return "Pkcs11[library=" + library + ", slot=" + slot + ", slotListIndex=" + slotListIndex + "]";
        }
    }

    @Override
    public String toString() {
        return "PkiProperties[keyStore=" + keyStore + ", policyOid=" + policyOid + "]";
    }
}
