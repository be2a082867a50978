package com.certhall.catalog;

import com.certhall.shared.ProblemException;

/** 503: the partner registry a channel's prerequisite depends on did not answer; the applicant should try later. */
public class PrerequisiteUnavailableException extends ProblemException {

    public PrerequisiteUnavailableException(String registryName, Throwable cause) {
        super(503, "catalog.prerequisite.unavailable", "prerequisite registry unavailable: " + registryName,
                registryName);
        initCause(cause);
    }
}
