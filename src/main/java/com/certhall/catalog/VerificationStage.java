package com.certhall.catalog;

/** Where in the application wizard the identity checks happen for a channel. */
public enum VerificationStage {
    BEFORE_PRODUCT, AFTER_MATERIALS, AFTER_SUBMISSION
}
