package com.certhall.pki;

import com.certhall.shared.InvalidInputException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A request to issue one certificate.
 *
 * @param requestId     the caller's idempotency key (e.g. order item id), unique across all certificates: a repeat
 *                      with the same id returns the certificate already issued and issues nothing
 * @param profile       what the certificate is for; the CA's own service profiles are refused here
 * @param algorithm     key algorithm; selects the issuing CA ({@link KeyAlgorithm#issuingCaName()})
 * @param subject       verified holder data
 * @param validityYears validity in years from now (1–5), used when {@code notAfter} is null
 * @param notAfter      explicit end of validity, or null
 * @param csrPem        PEM PKCS#10 request when the holder brings the key; null for a server-generated key
 */
public record IssuanceRequest(String requestId, CertificateProfile profile, KeyAlgorithm algorithm,
        SubjectData subject, int validityYears, @Nullable Instant notAfter, @Nullable String csrPem) {

    public IssuanceRequest {
        if (requestId == null || requestId.isBlank() || requestId.length() > 100) {
            throw InvalidInputException.of("requestId", "required", "validation.required", "requestId");
        }
        if (profile == null || profile.caService()) {
            throw InvalidInputException.of("profile", "unsupported", "validation.pki.profile", "profile");
        }
        if (algorithm == null) {
            throw InvalidInputException.of("algorithm", "required", "validation.required", "algorithm");
        }
        if (subject == null) {
            throw InvalidInputException.of("subject", "required", "validation.required", "subject");
        }
        if (notAfter == null && (validityYears < 1 || validityYears > 5)) {
            throw InvalidInputException.of("validityYears", "range", "validation.pki.validityYears",
                    "validityYears", 1, 5);
        }
        if (profile.identifiesOrganization() && subject.uscc() == null) {
            throw InvalidInputException.of("subject.uscc", "required", "validation.required", "subject.uscc");
        }
        if (!profile.identifiesOrganization() && subject.idDocument() == null) {
            throw InvalidInputException.of("subject.idNumber", "required", "validation.required", "subject.idNumber");
        }
        if (profile != CertificateProfile.PERSONAL && subject.organization() == null) {
            throw InvalidInputException.of("subject.organization", "required", "validation.required",
                    "subject.organization");
        }
        csrPem = csrPem == null || csrPem.isBlank() ? null : csrPem;
    }

    /** A request with a validity in years and no CSR (server-generated key). */
    public static IssuanceRequest withGeneratedKey(String requestId, CertificateProfile profile,
            KeyAlgorithm algorithm, SubjectData subject, int validityYears) {
        return new IssuanceRequest(requestId, profile, algorithm, subject, validityYears, null, null);
    }

    /** A request for the key in {@code csrPem}. */
    public static IssuanceRequest forCsr(String requestId, CertificateProfile profile, KeyAlgorithm algorithm,
            SubjectData subject, int validityYears, String csrPem) {
        return new IssuanceRequest(requestId, profile, algorithm, subject, validityYears, null, csrPem);
    }

    @Override
    public String toString() {
        return "IssuanceRequest[" + requestId + ", " + profile + ", " + algorithm + ", " + subject + "]";
    }
}
