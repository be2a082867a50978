package com.certhall.documents;

import com.certhall.shared.ProblemException;
import java.util.Optional;
import java.util.Set;

/**
 * 415: the bytes are not one of the accepted formats, or the file name claims a different format than the bytes
 * hold (a PNG renamed {@code .pdf}, an executable renamed {@code .jpg}). The message names the accepted formats.
 */
public class UnsupportedDocumentTypeException extends ProblemException {

    private final transient Optional<DocumentFormat> detected;
    private final Set<DocumentFormat> accepted;

    private UnsupportedDocumentTypeException(String key, String message, Optional<DocumentFormat> detected,
            UploadRule rule, Object... args) {
        super(415, key, message, args);
        this.detected = detected;
        this.accepted = rule.accepted();
    }

    /** The bytes match none of the formats this service knows. */
    public static UnsupportedDocumentTypeException unknown(UploadRule rule) {
        return new UnsupportedDocumentTypeException("documents.error.unknownType",
                "unrecognised file type; accepted: " + rule.acceptedNames(", "), Optional.empty(), rule,
                rule.acceptedNames("、"));
    }

    /** The bytes are a known format the rule does not accept. */
    public static UnsupportedDocumentTypeException notAccepted(DocumentFormat detected, UploadRule rule) {
        return new UnsupportedDocumentTypeException("documents.error.notAccepted",
                detected + " not accepted; accepted: " + rule.acceptedNames(", "), Optional.of(detected), rule,
                detected.name(), rule.acceptedNames("、"));
    }

    /** The file name's extension claims another format than the bytes hold. */
    public static UnsupportedDocumentTypeException disguised(DocumentFormat detected, String extension,
            UploadRule rule) {
        return new UnsupportedDocumentTypeException("documents.error.disguised",
                "." + extension + " file holds " + detected + "; accepted: " + rule.acceptedNames(", "),
                Optional.of(detected), rule, extension, detected.name(), rule.acceptedNames("、"));
    }

    public Optional<DocumentFormat> detected() {
        return detected;
    }

    public Set<DocumentFormat> accepted() {
        return accepted;
    }
}
