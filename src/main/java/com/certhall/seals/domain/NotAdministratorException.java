package com.certhall.seals.domain;

import com.certhall.shared.ProblemException;

/** 403: only the organisation's seal administrator may do this (docs/seals.md "Administration"). */
public class NotAdministratorException extends ProblemException {

    public NotAdministratorException() {
        super(403, "seals.admin.required", "only the seal administrator of the organisation may do this");
    }
}
