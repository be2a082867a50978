package com.certhall.catalog;

/** Key algorithms a product may be issued with. */
public enum KeyAlgorithm {
    SM2, EC_P256, RSA_2048
}
