package com.certhall.shared;

import java.util.List;

/**
 * A refusal the caller can act on. It carries an HTTP-like status, a message key resolved in the caller's
 * language, and for input errors one {@link FieldViolation} per bad field. The web layer turns it into an
 * RFC 9457 problem detail; domain code never sees web types.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] args;

    protected ProblemException(int status, String messageKey, String defaultMessage, Object... args) {
        super(defaultMessage);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldViolation> violations() {
        return List.of();
    }
}
