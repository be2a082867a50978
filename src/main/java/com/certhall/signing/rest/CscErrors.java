package com.certhall.signing.rest;

import com.certhall.shared.ProblemException;
import com.certhall.signing.domain.CscException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors of the CSC endpoints in the specification's shape, {@code {error, error_description}} (§10.1): the CSC
 * controllers extend this, so their handlers come before the shell's problem-details advice for these endpoints only.
 */
abstract class CscErrors {

    @ExceptionHandler(CscException.class)
    ResponseEntity<CscJson.Error> csc(CscException e) {
        return answer(e);
    }

    /** A CSC refusal as every CSC endpoint answers it, the lean {@code signHash} too. */
    static ResponseEntity<CscJson.Error> answer(CscException e) {
        if (e.status() == 401 && "invalid_client".equals(e.error())) {
            // RFC 6749 §5.2: a failed client authentication names the scheme the client may use
            return ResponseEntity.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"certhall\"")
                    .body(new CscJson.Error(e.error(), e.getMessage()));
        }
        return ResponseEntity.status(e.status()).body(new CscJson.Error(e.error(), e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<CscJson.Error> unreadable(HttpMessageNotReadableException e) {
        String field = e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
                        : r.getFieldName()).collect(Collectors.joining("."))
                : null;
        return ResponseEntity.badRequest().body(new CscJson.Error("invalid_request",
                field == null ? "Malformed JSON body" : "Invalid parameter " + field));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<CscJson.Error> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.badRequest().body(new CscJson.Error("invalid_request",
                "Unsupported content type " + e.getContentType()));
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<CscJson.Error> problem(ProblemException e) {
        return answer(e);
    }

    static ResponseEntity<CscJson.Error> answer(ProblemException e) {
        return ResponseEntity.badRequest().body(new CscJson.Error("invalid_request", e.getMessage()));
    }
}
