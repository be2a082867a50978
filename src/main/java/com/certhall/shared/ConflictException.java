package com.certhall.shared;

/** 409: the request clashes with the current state (duplicate, illegal transition). */
public class ConflictException extends ProblemException {

    public ConflictException(String messageKey, String defaultMessage, Object... args) {
        super(409, messageKey, defaultMessage, args);
    }
}
