package com.certhall.shared;

/** 404: the resource does not exist or belongs to someone else. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, Object id) {
        super(404, "error.notFound", what + " not found: " + id, what);
    }
}
