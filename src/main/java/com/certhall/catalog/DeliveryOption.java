package com.certhall.catalog;

/** How the applicant receives a UKEY: by mail, by self pickup, or not at all (cloud certificates). */
public enum DeliveryOption {
    MAIL, PICKUP, NONE
}
