package com.certhall.documents.provider;

/** The store holds nothing under the key: lost storage or a wrong configuration, never a user error. */
public class BlobNotFoundException extends RuntimeException {

    public BlobNotFoundException(String key) {
        super("no blob stored under " + key);
    }
}
