package com.certhall.documents.provider;

import java.util.regex.Pattern;

/**
 * Where encrypted document bytes live: a local directory by default, S3-compatible storage when several nodes
 * share them. Blobs arrive already encrypted, are written once under a key the caller chose and never
 * overwritten or deleted (retention is decided elsewhere). Keys are lower-case paths such as
 * {@code documents/2026/11/<uuid>}.
 */
public interface BlobStore {

    Pattern KEY = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

    /** Writes a new blob; refuses a key that is already taken. */
    void put(String key, byte[] bytes);

    /** The blob's bytes; {@link BlobNotFoundException} when there is none. */
    byte[] get(String key);

    boolean exists(String key);

    static String requireValidKey(String key) {
        if (key.length() > 200 || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("invalid blob key: " + key);
        }
        return key;
    }
}
