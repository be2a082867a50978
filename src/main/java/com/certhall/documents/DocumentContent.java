package com.certhall.documents;

/** The decrypted bytes of a document (or of its preview), with what a download response needs. */
public record DocumentContent(String fileName, String contentType, byte[] bytes) {

    public DocumentContent {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "DocumentContent[" + contentType + ", " + bytes.length + " bytes]";
    }
}
