package com.certhall.catalog;

/** Where the private key lives: a cloud certificate held by the platform, or a UKEY token shipped to the holder. */
public enum Medium {
    CLOUD, UKEY
}
